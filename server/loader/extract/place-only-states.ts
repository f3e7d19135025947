// A country the text names only as a place, a destination, a market, a currency or a description is no actor
// (data/eval/LABELLING.md: "Taiwan's Hon Hai", "a Belgian rider", "meet Xi in South Korea"). state-descriptions.ts
// drops the plainest cases while mentions are found, before they can become speakers or an event's parties; this
// one, run once the statements and events are found, reads each mention of a state that neither speaks nor acts in
// an event and drops the state when every mention is one of these (twelfth round, data/eval/README.md):
// - after a preposition of place or direction, alone or in a list: "to Poland", "from Romania and Bulgaria", "with
//   Belarus", "except Israel", "against Uruguay", "over Malaysia and India", "on Western Sahara";
// - a demonym before a common noun: "Sudanese refugees", "Canadian storytelling";
// - a possessive before a number or a common noun: "Australia's 15 largest funds", "China's car industry";
// - a currency: "US$580 million", "NT$18.6 billion"; or a compound's first half: "an American-Israeli network".
// Any sign of the state acting overrides it: its officials, government, forces or leaders after it ("Polish
// officials", "Japan's ruling coalition"), a title ("US President"), "leaders of France", or an act received from it
// ("condemnation from France", "pressure from Washington"), or a capital standing for its government.
import type { Candidates } from './actor-features.ts';
import type { ActorMention } from './extract-types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { removeCandidateActors } from './remove-candidates.ts';
import { STATE_AGENTS } from './state-agent-words.ts';
import { demonymBeforeNoun } from './state-descriptions.ts';
import { verbAfterName } from './verb-after-name.ts';

// Its agents after the state's possessive or its demonym, or before "of" ("leaders of France"): the state acts.
const POSSESSIVE_AGENT = new RegExp(`^['’]s?\\s+(?:[a-z-]+\\s+){0,3}?(?:${STATE_AGENTS})\\b`);
const DEMONYM_AGENT = new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}?(?:${STATE_AGENTS})\\b`);
const AGENT_OF_BEFORE = new RegExp(`\\b(?:${STATE_AGENTS})\\s+(?:of|for)\\s+(?:the\\s+)?$`);
const RECEIVED_FROM_BEFORE = /\b(?:condemnation|objections?|pressure|criticism|support|calls?|demands?|protests?|warnings?|requests?|offers?|opposition|bids?|proposals?|threats?|aid|help|invitation|abstentions?|votes?|vetoe?s?)\s*,?\s+(?:from|by)\s+(?:the\s+)?$/;
const PLACE_BEFORE = /\b(?:in|inside|across|throughout|near|at|via|off|around|outside|towards?|into|to|from|with|against|over|except|between|than|on)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+|mainland\s+)?$/;
// "…, France, Denmark and" before a name, "and Bulgaria" after one: the other names of a list the mention is in.
const LIST_BEFORE = /(?:(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s*(?:,|,?\s+and|,?\s+or)\s+)+$/u;
const LIST_AFTER = /^(?:,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*|,\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)+/u;
// A verb after the list: the state is the list's subject ("… to Turkey and Ukraine have agreed" is not a place).
const VERB_AFTER = verbAfterName({ gap: 'clause', copula: true, auxiliaryAlone: false, presentTense: true });
const CURRENCY_AFTER = /^\$/;
const CURRENCY_BEFORE = /\$$/;

function placeOnly(m: ActorMention, name: string, text: string, g: Gazetteer): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 80);
  if (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before) || /^-\p{Lu}/u.test(after)) return true;
  const afterList = after.replace(LIST_AFTER, '');
  const beforeList = before.replace(LIST_BEFORE, '');
  if (POSSESSIVE_AGENT.test(afterList) || DEMONYM_AGENT.test(afterList) || AGENT_OF_BEFORE.test(beforeList) || RECEIVED_FROM_BEFORE.test(beforeList)) return false;
  const capitalised = /^(?:['’]s?)?\s+((?:\p{Lu}[\p{L}.-]*\s+){1,3})/u.exec(afterList)?.[1]?.split(/\s+/) ?? [];
  if (capitalised.some((w) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) return false;
  if (PLACE_BEFORE.test(beforeList)) return !VERB_AFTER.test(afterList);
  // A capital standing for its government ("at the request of Washington") is the state acting.
  if (m.text !== name && g.capitalOf.get(m.text) === name) return false;
  if (demonymBeforeNoun(m.text, name, after)) return true;
  return /^['’]s?\s+(?:\d|[a-z])/.test(after);
}

export function dropStatesOnlyAsPlaces(c: Candidates, g: Gazetteer): void {
  const { table } = c;
  for (const a of [...table.actors.values()]) {
    if (a.kind !== 'state' || table.affiliations.some((f) => f.affiliate === a.name)) continue;
    if (c.statements.some((s) => s.speaker === a.name || s.reportedBy === a.name) || c.events.some((e) => [...e.agents, ...e.targets, ...e.participants].includes(a.name))) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0 || !own.every((m) => placeOnly(m, a.name, c.text, g))) continue;
    for (const m of own) if (PLACE_BEFORE.test(c.text.slice(Math.max(0, m.start - 30), m.start))) table.place(a.name, m.text, m.start, m.end, m.sentence);
    removeCandidateActors(c, new Set([a.name]));
  }
}
