// Candidates made only of ordinary English words (twelfth round, data/eval/README.md). The capitals of a headline, a
// sentence's first word or a thing's name make ordinary words look like names, and the name rules typed them:
// - an untitled run with no body's head word became a person ("Public Prosecutor", "Natural Resources", "Lost
//   Forest", "Saitama Wild Knights"). A person's name almost always has a word that is no ordinary English word
//   ("Keir Starmer", "Park Sang-hyun"); when every word is an ordinary word or a known place, it is a person's only
//   if it opens with a given name ("Mark Carney", "Bill Nelson"). Otherwise it is an organisation when it speaks or
//   acts ("First Quantum Minerals, said"), and no actor when it does neither;
// - a single capitalised word that only ever opens a sentence became an actor by the verb after it ("Inflation
//   eased", "Sterling slipped", "Judges approved"): no actor, unless it speaks ("Unite said"), has a role after it
//   ("Unite general secretary") or an appositive ("Unite, the country's largest union").
// The word lists are generated from npm data packages (name-vocabulary.ts).
import type { ActorTable } from './actor-table.ts';
import type { ActorInfo, ActorMention, SentenceSpan } from './extract-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ROLE_AFTER } from './known-places.ts';
import { COMMON_ACRONYMS, CURRENCY_AFTER } from './lexicon.ts';
import { foldName } from './name-vocabulary.ts';
import { verbAfterName } from './verb-after-name.ts';
import { foldPlaceName } from './world-places.ts';

// A verb right after the name: what an actor does ("has warned", "announced", "acquired"), "said" after a comma too.
const ACTS_AFTER = verbAfterName({ gap: 'possessive-or-comma', copula: true, auxiliaryAlone: false, presentTense: false });
const SAYS_AFTER = /^,?\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|warned|added|announced|called|urged|argued|accused|claimed|insisted)\b/;
const APPOSITIVE_AFTER = /^,\s+(?:the|a|an)\s/;
const ACCORDING_TO_BEFORE = /\baccording to\s+(?:the\s+)?$/;

export function settleOrdinaryWordNames(text: string, sentences: readonly SentenceSpan[], table: ActorTable, g: Gazetteer): void {
  const { ordinaryWords, givenNames } = g.nameVocabulary;
  if (ordinaryWords.size === 0) return;
  const ordinary = (word: string) => ordinaryWords.has(word.toLowerCase().replace(/['’]s?$/, '')) || g.worldPlaces.names.has(foldPlaceName(word)) || g.actorByAlias.has(word);
  const after = (m: ActorMention, length: number) => text.slice(m.end, m.end + length);
  const own = (a: ActorInfo) => table.mentions.filter((m) => m.key === a.name);
  const drop = (a: ActorInfo) => { for (const m of own(a)) table.unmention(m); };

  for (const a of [...table.actors.values()]) {
    if (a.kind !== 'person' || a.role || table.affiliations.some((f) => f.actor === a.name)) continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2 || !words.every(ordinary) || givenNames.has(foldName(words[0] as string))) continue;
    const acts = own(a).some((m) => ACTS_AFTER.test(after(m, 40)) || ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)));
    if (acts) table.retype(a.name, 'organization');
    else drop(a);
  }

  // "South Africans", "West Australians", "Serbs", "Mexicans": a demonym's plural names people, never one actor
  // (LABELLING.md: plurals and demonyms are no actors).
  for (const a of [...table.actors.values()]) {
    const singular = a.name.endsWith('s') ? a.name.slice(0, -1) : '';
    const demonymOf = singular ? g.actorByAlias.get(singular) : undefined;
    if (a.kind !== 'state' && demonymOf?.kind === 'state' && demonymOf.name !== singular) drop(a);
  }

  // "GDP", "HIV", "NGO", "CFA francs": an acronym of a thing, a measure or a currency is no actor unless it speaks.
  for (const a of [...table.actors.values()]) {
    const mentions = own(a);
    // ("won" and "real" are verbs and adjectives as often: "the PVV won").
    const currency = /^\p{Lu}{2,5}$/u.test(a.name) && mentions.length > 0 && mentions.every((m) => CURRENCY_AFTER.test(after(m, 12)) && !/^\s+(?:won|real)\b/.test(after(m, 8)));
    const generic = COMMON_ACRONYMS.has(a.name) || currency;
    if (generic && !mentions.some((m) => SAYS_AFTER.test(after(m, 30)))) drop(a);
  }

  const opensSentence = (m: ActorMention) => {
    const s = sentences[m.sentence];
    return s !== undefined && /^[\s"“‘'(\p{Pd}]*$/u.test(text.slice(s.start, m.start));
  };
  const actorCue = (m: ActorMention) => SAYS_AFTER.test(after(m, 30)) || APPOSITIVE_AFTER.test(after(m, 6)) || ROLE_AFTER.test(after(m, 60));
  for (const a of [...table.actors.values()]) {
    // Gazetteer names and acronyms are known to be names; only a plain capitalised ordinary word is in doubt.
    if (a.name.includes(' ') || g.actorByAlias.has(a.name) || /^\p{Lu}{2,}/u.test(a.name) || !ordinaryWords.has(a.name.toLowerCase())) continue;
    const mentions = own(a);
    if (mentions.length === 0 || !mentions.every(opensSentence) || mentions.some(actorCue) || table.affiliations.some((f) => f.affiliate === a.name)) continue;
    drop(a);
  }
}
