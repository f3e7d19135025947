// Article-level mention finding: scan every sentence (name-runs.ts), then resolve the single words that need the
// whole article: a surname → the full name seen in the article, a short company name → "Acme Corp.", a famous
// single name from the gazetteer ("Trump"), else an unknown word that speaks ("Nvidia said") is an organisation.
import type { SentenceSpan, Token } from './extract-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ActorTable } from './actor-table.ts';
import { SentenceScanner, type PendingWord } from './name-runs.ts';
import { headKind } from './name-words.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { tieParenthesisedAcronyms } from './parenthesised-acronyms.ts';
import { tieNamesGivenInText } from './names-in-text.ts';
import { dropTitleCaseHeadlineNames } from './title-case-headline.ts';
import { dropStatesOnlyDescribing } from './state-descriptions.ts';
import { settleGenericBodyWords } from './generic-body-words.ts';
import { retypeArmedGroups } from './armed-groups.ts';
import { settleKnownPlaces } from './known-places-table.ts';
import { settleOrdinaryWordNames } from './ordinary-word-names.ts';
import { dropVenuesNamedOnlyWhereSomethingHappens } from './venues-as-places.ts';
import { addOutletArticles } from './outlet-names.ts';
import { dropUnPrefixes } from './un-prefix.ts';
import { mergeParticleSurnames, mergeShortForms } from './short-name-merges.ts';

// `headline`: the headline's sentence index, if any: a single unknown word only it has ("Regulator sues …") is a
// Title Case common noun more often than a name, so it counts only if the body names it too.
export function findMentions(text: string, sentences: SentenceSpan[], tokens: Token[][], g: Gazetteer, headline = new Set<number>()): ActorTable {
  const table = new ActorTable();
  const pending: PendingWord[] = [];
  sentences.forEach((s, i) => new SentenceScanner(s, tokens[i] ?? [], g, table, pending, text).scan());
  tieParenthesisedAcronyms(text, table);
  tieNamesGivenInText(text, sentences, table);
  const bodyWords = new Set(pending.filter((w) => !headline.has(w.sentence)).map((w) => w.text));
  // Words with no evidence of their own ("Tesla is recalling …") wait until the whole article has named its actors.
  const deferred = pending.filter((word) => !table.nonActors.has(word.text) && !resolvePending(word, table, g, headline.has(word.sentence) && !bodyWords.has(word.text), text));
  for (const word of deferred) {
    const key = table.actors.has(word.text) ? word.text : byNamePart(word.text, table) ?? table.byInitials(word.text);
    if (key) table.mention(key, word.text, word.start, word.end, word.sentence);
    else if (listedWithBody(word, table, text)) table.mention(table.actor(word.text, 'organization'), word.text, word.start, word.end, word.sentence);
  }
  // An untitled "person" whose whole name starts a body's name ("Novo Nordisk" and "the Novo Nordisk Foundation")
  // is that body's namesake company, not a person.
  const bodies = [...table.actors.values()].filter((a) => a.kind !== 'person' && a.kind !== 'state');
  for (const a of table.actors.values()) if (a.kind === 'person' && bodies.some((b) => b.name.startsWith(`${a.name} `))) table.retype(a.name, 'organization');
  tieParenthesisedAcronyms(text, table); // again, for the acronyms the pending words made actors of
  dropTitleCaseHeadlineNames(sentences, table, g, headline);
  settleUntitledNames(table, headline);
  mergeShortForms(table);
  settleGenericBodyWords(table);
  mergeParticleSurnames(table);
  findContextPlaces(text, sentences, table, g);
  dropStatesOnlyDescribing(text, table);
  retypeArmedGroups(text, table);
  settleKnownPlaces(text, table, g);
  settleOrdinaryWordNames(text, sentences, table, g);
  dropVenuesNamedOnlyWhereSomethingHappens(text, table);
  addOutletArticles(text, sentences, table);
  dropUnPrefixes(text, table);
  return table;
}

// True when the word was settled (a mention made, or nothing to make of it ever).
function resolvePending(word: PendingWord, table: ActorTable, g: Gazetteer, headlineOnly: boolean, text: string): boolean {
  // A word the article already gave as an actor's short name ("…, known as BEUC,") is that actor.
  const key = table.mentions.find((m) => m.text === word.text && m.start !== word.start)?.key
    ?? byNamePart(word.text, table) ?? table.byInitials(word.text) ?? fromGazetteer(word.text, table, g, word.sentence);
  if (key) {
    table.mention(key, word.text, word.start, word.end, word.sentence);
    if (word.bodyHint) table.retype(key, 'organization'); // "… has led Novo since 2017"
    return true;
  }
  const state = word.role ? undefined : listedWithState(word, table, text, g);
  if (state) {
    table.mention(table.actor(state, 'state'), word.text, word.start, word.end, word.sentence);
    return true;
  }
  if (headlineOnly || !(word.role || word.speechAfter)) return false;
  const kind = word.role ? 'person' : word.kindHint ?? 'organization';
  table.mention(table.actor(word.text, kind, word.role), word.text, word.start, word.end, word.sentence);
  return true;
}

// Words that start many names without naming anything alone ("the South", "National").
const GENERIC_FIRST_WORDS = new Set(['South', 'North', 'East', 'West', 'Central', 'National', 'United', 'New', 'General', 'Royal', 'Federal', 'State', 'International', 'World', 'European', 'American', 'Chinese', 'British']);

// Words that describe a body rather than name it ("Global", "Capital"): never a short form on their own.
const DESCRIPTIVE_NAME_WORDS = /^(?:Global|International|National|Capital|General|Royal|Federal|State|World|United|American|European|Asian|African|First|Central|Union|Public)$/;

function byNamePart(word: string, table: ActorTable): string | undefined {
  if (GENERIC_FIRST_WORDS.has(word)) return undefined;
  for (const a of table.actors.values()) {
    const parts = a.name.split(/\s+/);
    if (parts.length < 2) continue;
    // Any part of a person's name but its particles ("Lula" in "Luiz Inácio Lula da Silva", "Noh", "Jørgensen").
    if (a.kind === 'person' && parts.some((x) => x === word && x.length > 2)) return a.name;
    if (a.kind !== 'person' && a.kind !== 'state' && parts[0] === word) return a.name;
  }
  // A body is also called by the distinctive word inside its name ("Lilly" for "Eli Lilly and Co", "Leverkusen" for
  // "Bayer Leverkusen"), never by its type word ("Bank", "Ratings").
  for (const a of table.actors.values()) {
    if (a.kind === 'person' || a.kind === 'state' || word.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const parts = a.name.split(/\s+/);
    if (parts.indexOf(word) > 0 && !DESCRIPTIVE_NAME_WORDS.test(word) && headKind({ text: word, start: 0, end: 0 }) === null) return a.name;
  }
  // A head word inside one body's name before its last word ("Treasury" after "the US Treasury Department") is that
  // body when no other body's name holds it.
  if (headKind({ text: word, start: 0, end: 0 }) !== null && word.length >= 4) {
    const holders = [...table.actors.values()].filter((a) => a.kind !== 'person' && a.kind !== 'state' && a.name.split(/\s+/).slice(1, -1).includes(word));
    if (holders.length === 1) return holders[0]?.name;
  }
  return undefined;
}

function fromGazetteer(word: string, table: ActorTable, g: Gazetteer, sentence: number): string | undefined {
  const actor = g.actorByAlias.get(word);
  if (!actor) return undefined;
  const key = table.actor(actor.name, actor.kind, actor.affiliation?.role);
  if (actor.affiliation) table.affiliate(key, actor.affiliation.to, actor.affiliation.role, sentence);
  return key;
}

// Aliases that are ordinary words ("the peninsula") count only when the place's required actors are in the article.
function findContextPlaces(text: string, sentences: SentenceSpan[], table: ActorTable, g: Gazetteer): void {
  for (const [alias, place] of g.contextPlaceByAlias) {
    if (!place.requires.some((r) => table.actors.has(r))) continue;
    for (const s of sentences) {
      for (let at = s.text.indexOf(alias); at >= 0; at = s.text.indexOf(alias, at + alias.length)) {
        table.place(place.name, alias, s.start + at, s.start + at + alias.length, s.index);
      }
    }
  }
  void text;
}

// The article-level evidence about untitled multi-word names taken for persons. A name the text elsewhere shows to
// be a thing's ("New Glenn" beside "the New Glenn rocket") is no actor. A name repeated in full in the body and never
// shortened is a body's: news style names a person in full once, then by surname or "Mr/Ms X" ("Blue Origin … Blue
// Origin … Blue Origin" against "Jon Holden … Holden").
function settleUntitledNames(table: ActorTable, headline: Set<number>): void {
  for (const a of table.actors.values()) {
    if (a.kind !== 'person' || a.role || !a.name.includes(' ')) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (table.nonActors.has(a.name)) {
      for (const m of own) table.unmention(m);
      continue;
    }
    // "Google Cloud" beside "Google's parent company": a known body's unit.
    const head = a.name.split(' ')[0] ?? '';
    if ([...table.actors.values()].some((b) => b.kind === 'organization' && (b.name === head || b.aliases.has(head)))) {
      table.retype(a.name, 'organization');
      continue;
    }
    const full = own.filter((m) => m.text === a.name && !headline.has(m.sentence));
    const shortened = own.some((m) => m.text !== a.name);
    if (full.length >= 2 && !shortened && !table.affiliations.some((f) => f.actor === a.name)) table.retype(a.name, 'organization');
  }
}

// "Shares in Geely, Leapmotor and Great Wall Motor": a lone unknown word in a comma list next to a company is one too
// (not a title, an owner's possessive, a word opening its sentence or quote, or an appositive: "Økokrim, Norway's …").
function listedWithBody(word: PendingWord, table: ActorTable, text: string): boolean {
  if (TITLE_WORDS.has(word.text.toLowerCase()) || /^['’]/.test(text.slice(word.end)) || /(?:^|[.!?"“]\s*)$/.test(text.slice(Math.max(0, word.start - 3), word.start))) return false;
  if (/^\s*[\n]/.test(text.slice(Math.max(0, word.start - 1), word.start))) return false;
  return table.mentionsIn(word.sentence).some((m) => table.actors.get(m.key)?.kind === 'organization'
    && (/^\s*,\s*$/.test(text.slice(m.end, word.start))
      || (/^\s*,\s*$/.test(text.slice(word.end, m.start)) && /^\s*(?:,|and\b|or\b)/.test(text.slice(m.end)))));
}

// "Burkina Faso and Niger", "Mali, Chad and Sudan": a state's name that is also a common first name or a river's
// ("Niger", "Chad", "Jordan") is the state when it is listed with another state.
function listedWithState(word: PendingWord, table: ActorTable, text: string, g: Gazetteer): string | undefined {
  const state = g.ambiguousStates.get(word.text);
  if (!state) return undefined;
  const joins = (between: string) => /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(between);
  const listed = table.mentionsIn(word.sentence).some((m) => table.actors.get(m.key)?.kind === 'state'
    && (joins(text.slice(m.end, word.start)) || joins(text.slice(word.end, m.start))));
  return listed ? state.name : undefined;
}
