// The features the learned keep/drop filter (actor-filter.ts) reads for every candidate actor: what the rules already
// know about it (gazetteer, kind, role, speaker, event roles), the shape of its name, its head word's class and the
// words around its mentions. Cheap (one pass over the actor's own mentions) and deterministic. The order of
// FEATURE_NAMES is the order of the weights in data/model/actor-filter.json: append, never reorder.
import { ACTOR_KINDS } from '../graph-document.ts';
import type { ActorMention, ActorInfo, SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { StatementDraft } from './statements.ts';
import type { EventDraft } from './events.ts';
import {
  LOCATIVE_PREPOSITIONS, MEDIA_HEADS, MILITARY_HEADS, NON_ACTOR_HEADS, ORG_HEADS, PLACE_LIKE_HEADS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS,
} from './lexicon.ts';

/** Everything the extraction knows before the document is assembled. */
export interface Candidates {
  text: string;
  sentences: SentenceSpan[];
  headline: Set<number>;
  table: ActorTable;
  statements: StatementDraft[];
  events: EventDraft[];
}

const BOOLEAN_FEATURES = [
  ...ACTOR_KINDS.map((k) => `kind=${k}`),
  'gazetteer', 'gazetteerSameKind', 'role', 'affiliated', 'affiliateOfOther',
  'speaker', 'reporter', 'eventAgent', 'eventTarget', 'eventParticipant', 'aboutInStatement', 'headlineOnly', 'oneMention',
  'words=1', 'words=2', 'words=3', 'words>=4', 'allCaps', 'acronym', 'digit', 'hyphen', 'innerLowerWord', 'possessiveInside',
  'ofInside', 'andInside',
  'head=org', 'head=military', 'head=media', 'head=nonActor', 'head=placeLike', 'head=title', 'head=plural',
  'first=title', 'first=stateAlias', 'first=the',
  'gazetteerPlace', 'tablePlace', 'nonActorName', 'prefixOfLonger', 'suffixOfLonger', 'insideLongerName',
  'firstAtSentenceStart', 'firstAfterThe', 'firstAfterArticleA', 'firstAfterPreposition', 'firstAfterTitle',
  'anySpeechVerbAfter', 'anyPossessiveAfter', 'allAfterPreposition', 'firstInQuotes', 'firstBeforeLowerNoun',
  'capitalCity', 'lowerCaseElsewhere', 'headLowerCaseElsewhere', 'shipPrefix', 'pluralDemonym', 'headlineLong',
  'endsInFunctionWord', 'capitalWordBefore', 'capitalWordAfter', 'linkedToCapitalName', 'anyAtSentenceStart',
] as const;
const NUMERIC_FEATURES = ['log1p(mentions)', 'log1p(sentences)', 'log1p(aliases)', 'shareExactName', 'log(nameLength)'] as const;

export const FEATURE_NAMES: readonly string[] = [...BOOLEAN_FEATURES, ...NUMERIC_FEATURES];

type FeatureName = (typeof BOOLEAN_FEATURES)[number] | (typeof NUMERIC_FEATURES)[number];

const INDEX = new Map<string, number>(FEATURE_NAMES.map((n, i) => [n, i]));

const WORD_BEFORE = /([\p{L}.'’-]+)\W*$/u;
const WORD_AFTER = /^\W*?([\p{L}'’-]+)/u;
const LOWER_INSIDE = /\s(?!of\b|and\b|the\b|for\b|de\b|du\b|la\b|le\b|del\b|der\b|van\b|von\b|da\b|in\b|on\b|al\b|bin\b)\p{Ll}/u;

/** The actors that have at least one mention, in table order, each with its feature vector. */
export function actorFeatures(c: Candidates, g: Gazetteer): Map<string, number[]> {
  const byKey = new Map<string, ActorMention[]>();
  for (const m of c.table.mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const speakers = new Set(c.statements.map((s) => s.speaker));
  const reporters = new Set(c.statements.flatMap((s) => (s.reportedBy ? [s.reportedBy] : [])));
  const agents = new Set(c.events.flatMap((e) => e.agents));
  const targets = new Set(c.events.flatMap((e) => e.targets));
  const participants = new Set(c.events.flatMap((e) => e.participants));
  const inStatements = (m: ActorMention) => c.statements.some((s) => m.start >= s.start && m.end <= s.end && s.speaker !== m.key);
  const names = [...byKey.keys()];
  const placeNames = new Set(c.table.places.map((p) => p.name));
  const out = new Map<string, number[]>();
  for (const [key, own] of byKey) {
    const actor = c.table.actors.get(key);
    if (!actor) continue;
    own.sort((a, b) => a.start - b.start);
    out.set(key, vectorOf(actor, own, {
      c, g, names, placeNames,
      speaker: speakers.has(key), reporter: reporters.has(key), agent: agents.has(key), target: targets.has(key),
      participant: participants.has(key), about: own.some(inStatements),
    }));
  }
  return out;
}

interface Context {
  c: Candidates;
  g: Gazetteer;
  names: string[];
  placeNames: Set<string>;
  speaker: boolean;
  reporter: boolean;
  agent: boolean;
  target: boolean;
  participant: boolean;
  about: boolean;
}

function vectorOf(actor: ActorInfo, own: ActorMention[], x: Context): number[] {
  const v = new Array<number>(FEATURE_NAMES.length).fill(0);
  const set = (name: FeatureName, value: number | boolean = 1) => { v[INDEX.get(name) as number] = Number(value); };
  const { c, g } = x;
  const name = actor.name;
  const words = name.split(/\s+/);
  const head = (words.at(-1) ?? '').toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  const known = g.actors.get(name);
  set(`kind=${actor.kind}`);
  set('gazetteer', known !== undefined);
  set('gazetteerSameKind', known?.kind === actor.kind);
  set('role', actor.role !== undefined);
  set('affiliated', c.table.affiliations.some((a) => a.actor === name));
  set('affiliateOfOther', c.table.affiliations.some((a) => a.affiliate === name));
  set('speaker', x.speaker);
  set('reporter', x.reporter);
  set('eventAgent', x.agent);
  set('eventTarget', x.target);
  set('eventParticipant', x.participant);
  set('aboutInStatement', x.about);
  set('headlineOnly', own.every((m) => c.headline.has(m.sentence)));
  set('oneMention', own.length === 1);
  set(words.length >= 4 ? 'words>=4' : (`words=${words.length}` as FeatureName));
  set('allCaps', /^[\p{Lu}\d\s&.-]+$/u.test(name) && /\p{Lu}{2}/u.test(name));
  set('acronym', /^\p{Lu}{2,6}$/u.test(name));
  set('digit', /\d/.test(name));
  set('hyphen', name.includes('-'));
  set('innerLowerWord', LOWER_INSIDE.test(name));
  set('possessiveInside', /['’]s?\s/.test(name));
  set('ofInside', /\sof\s/.test(name));
  set('andInside', /\s(?:and|&)\s/.test(name));
  set('head=org', ORG_HEADS.has(head));
  set('head=military', MILITARY_HEADS.has(head));
  set('head=media', MEDIA_HEADS.has(head));
  set('head=nonActor', NON_ACTOR_HEADS.has(head));
  set('head=placeLike', PLACE_LIKE_HEADS.has(head));
  set('head=title', ROLE_NOUNS.has(head) || TITLE_WORDS.has(head));
  set('head=plural', words.length === 1 && /\p{Ll}s$/u.test(name) && !known);
  set('first=title', words.length > 1 && TITLE_WORDS.has(first));
  set('first=stateAlias', words.length > 1 && g.actorByAlias.get(words[0] ?? '')?.kind === 'state');
  set('first=the', first === 'the');
  set('gazetteerPlace', g.placeByAlias.has(name));
  set('tablePlace', x.placeNames.has(name));
  set('nonActorName', c.table.nonActors.has(name));
  set('prefixOfLonger', x.names.some((n) => n !== name && n.startsWith(`${name} `)));
  set('suffixOfLonger', x.names.some((n) => n !== name && n.endsWith(` ${name}`)));
  set('insideLongerName', x.names.some((n) => n !== name && n.includes(` ${name} `)));
  const text = c.text;
  const before = (m: ActorMention) => text.slice(Math.max(0, m.start - 40), m.start);
  const after = (m: ActorMention) => text.slice(m.end, m.end + 40);
  const wordBefore = (m: ActorMention) => (WORD_BEFORE.exec(before(m))?.[1] ?? '').toLowerCase();
  const wordAfter = (m: ActorMention) => (WORD_AFTER.exec(after(m))?.[1] ?? '').toLowerCase();
  const firstMention = own[0] as ActorMention;
  const sentence = c.sentences[firstMention.sentence];
  const sentenceStart = sentence ? /^[\s"“'‘(]*$/.test(text.slice(sentence.start, firstMention.start)) : false;
  set('firstAtSentenceStart', sentenceStart);
  const fb = wordBefore(firstMention);
  set('firstAfterThe', fb === 'the' && /\bthe\s+$/i.test(before(firstMention)));
  set('firstAfterArticleA', /\b(?:a|an)\s+$/i.test(before(firstMention)));
  set('firstAfterPreposition', LOCATIVE_PREPOSITIONS.has(fb) && !/[,.;:]\s*$/.test(before(firstMention)));
  set('firstAfterTitle', TITLE_WORDS.has(fb) && /\p{L}\s+$/u.test(before(firstMention)));
  set('anySpeechVerbAfter', own.some((m) => SPEECH_VERBS.has(wordAfter(m))));
  set('anyPossessiveAfter', own.some((m) => /^['’]s?\b/.test(after(m)) || /['’]s?$/.test(m.text)));
  set('allAfterPreposition', own.every((m) => LOCATIVE_PREPOSITIONS.has(wordBefore(m))));
  set('firstInQuotes', sentence !== undefined && insideQuotes(text.slice(sentence.start, firstMention.start)));
  set('firstBeforeLowerNoun', /^\s+(?!(?:and|or|said|says|has|have|had|is|was|were|are|will|would|could|may|might|on|in|at|to|for|of|with|from|by|which|who|that|told)\b)\p{Ll}{3,}/u.test(after(firstMention)));
  set('capitalCity', g.capitalOf.has(name));
  // The name's own words used as common nouns ("inflation", "attacks"): a capital from position or a headline.
  set('lowerCaseElsewhere', name.toLowerCase() !== name && text.includes(` ${name.toLowerCase()}`));
  set('headLowerCaseElsewhere', words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words.at(-1) ?? '') && text.includes(` ${head}`));
  // "ESPS Victoria", "BRP Jose Rizal", "MV Kallisto Star": a ship's prefix before its name.
  set('shipPrefix', words.length > 1 && /^\p{Lu}{2,4}$/u.test(words[0] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[1] ?? '') && !g.actorByAlias.has(words[0] ?? ''));
  set('pluralDemonym', /\p{Ll}s$/u.test(name) && [name.slice(0, -1), (words.at(-1) ?? '').slice(0, -1)].some((w) => g.actorByAlias.get(w)?.kind === 'state'));
  set('headlineLong', words.length >= 4 && own.every((m) => c.headline.has(m.sentence)));
  set('endsInFunctionWord', /\s(?:de|of|the|and|for|la|del|da)$/i.test(name));
  // A boundary error leaves the rest of the name beside the candidate ("Brighton & Hove Albion", "Economic Community
  // of West African States", "Norte de Santander"): a capitalised word right before or after a mention, or one
  // joined to it by "of", "&", "de" or a hyphen.
  const notStart = (m: ActorMention) => !/(?:^|[.!?:;"“”(—–-]\s*)$/.test(before(m)) && c.sentences[m.sentence]?.start !== m.start;
  set('capitalWordBefore', own.some((m) => notStart(m) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(before(m)) && !TITLE_WORDS.has(wordBefore(m)) && !/^(?:the|a|an)$/.test(wordBefore(m))));
  set('capitalWordAfter', own.some((m) => /^\s\p{Lu}\p{L}/u.test(after(m))));
  set('linkedToCapitalName', own.some((m) => /^(?:\s(?:of|&|de|del|da|du|for|and)\s(?:the\s)?\p{Lu}|-\p{Lu})/u.test(after(m)) || /\p{Lu}[\p{L}.'’]*\s(?:of|&|de|del|da|du|for|and)\s(?:the\s)?$/u.test(before(m))));
  set('anyAtSentenceStart', own.some((m) => c.sentences[m.sentence] !== undefined && /^[\s"“'‘(]*$/.test(text.slice((c.sentences[m.sentence] as SentenceSpan).start, m.start))));
  set('log1p(mentions)', Math.log1p(own.length));
  set('log1p(sentences)', Math.log1p(new Set(own.map((m) => m.sentence)).size));
  set('log1p(aliases)', Math.log1p(actor.aliases.size));
  set('shareExactName', own.filter((m) => m.text === name).length / own.length);
  set('log(nameLength)', Math.log(Math.max(1, name.length)));
  return v;
}

// An odd number of straight or curly double quotes before a point means it is inside a quotation.
function insideQuotes(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}
