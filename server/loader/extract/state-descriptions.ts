// A state the text names only to describe someone or something else: a company's or a person's home ("the US power
// company X", "a U.S. investment fund", "Brazilian startup X", "Polish-American financier X", "the former Germany
// forward"), where something is ("in northeastern Brazil", "clubs in Portugal and Belgium") or as the qualifier of a
// body's name ("the Brazilian Air Force"). data/eval/LABELLING.md: a country is no actor when it is only a place, a
// company's home, a nationality or a description. The older rules (statesOnlyAsPlaces and statesOnlyAsAdjectives
// below, state-homes.ts) each drop a state whose every mention is of one such sort; a state named once as a home and
// once as a place fell between them. place-only-states.ts judges all mentions together once events and statements
// are found.
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { STATE_AGENTS } from './state-agent-words.ts';

// A common noun for a business or a private person after the state's name or demonym, up to two lower-case words
// between ("the US biotech firm", "a U.S. investment fund", "the former Germany forward").
const HOME_OF_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|firms|fund|maker|giant|bank|lender|insurer|startup|start-up|investor|carrier|manufacturer|chipmaker|automaker|producer|retailer|developer|conglomerate|financier|businessman|businesswoman|billionaire|tycoon|entrepreneur|forward|striker|midfielder|defender|goalkeeper|winger)\b/;
// "in Brazil", "in northeastern Brazil", "across the Sahel", "clubs in Portugal and Belgium".
const PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s*(?:,|,?\s+and)\s+)*$/u;
const PLAIN_PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$/;

// "the Brazilian Air Force", "the US Food and Drug Administration": the mention opens another body's name.
function qualifiesBody(table: ActorTable, m: ActorMention): boolean {
  return table.mentions.some((b) => b.start > m.end && b.start <= m.end + 1 && !['person', 'state'].includes(table.actors.get(b.key)?.kind ?? ''));
}

export function dropStatesOnlyDescribing(text: string, table: ActorTable): void {
  const possessive = (m: ActorMention) => /^['’]/.test(text.slice(m.end, m.end + 1));
  const homeOf = (m: ActorMention) => !possessive(m) && HOME_OF_AFTER.test(text.slice(m.end, m.end + 60));
  const place = (m: ActorMention) => {
    const before = PLACE_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
    // "in October, and Britain is weighing …": a date in the list is no place.
    return !possessive(m) && before !== null && !before[0].split(/[\s,]+/).some((w) => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase()));
  };
  for (const a of table.actors.values()) {
    if (a.kind !== 'state' || table.affiliations.some((f) => f.affiliate === a.name)) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0 || !own.every((m) => homeOf(m) || place(m) || qualifiesBody(table, m))) continue;
    // A state named only right after "in" or as a qualifier is the older rule's (statesOnlyAsPlaces) to judge, which leaves
    // "in northern Laos" open; here a home, or a place in a list closed by "and", has to be among the mentions.
    const listedPlace = (m: ActorMention) => place(m) && !PLAIN_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
    if (!own.some(homeOf) && !own.some(listedPlace)) continue;
    for (const m of own) {
      table.unmention(m);
      if (place(m)) table.place(a.name, m.text, m.start, m.end, m.sentence);
    }
  }
}

// A country named only as where something happened ("Houthi targets in Yemen") is a place there, not an actor.
export function statesOnlyAsPlaces(text: string, table: ActorTable): void {
  // "in Yemen", "across Mali, Burkina Faso and Niger"; or a state that only qualifies a body's name ("the US Food and
  // Drug Administration", where the body is the actor).
  const listedAfter = (m: ActorMention) => /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*,\s+)+$/u.test(text.slice(Math.max(0, m.start - 60), m.start));
  // "outside Japan", "toward southern China", "off the coast of": where something is or goes.
  // ("in northern Laos" stays open: "the country's government" may point back at it.)
  // "sails under the flag of the Cook Islands": a flag state only describes a ship.
  const located = (m: ActorMention) => ((/\b(?:(?:in|inside|across|throughout|flag of)\s+(?:the\s+)?|(?:outside|toward|towards|near)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?)$/.test(text.slice(Math.max(0, m.start - 30), m.start)) || listedAfter(m))
    && !/^['’]s\b/.test(text.slice(m.end, m.end + 3))) || qualifiesBody(table, m);
  for (const a of table.actors.values()) {
    if (a.kind !== 'state') continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    if (own.length === 0 || !own.every(located) || table.affiliations.some((f) => f.affiliate === a.name)) continue;
    for (const m of own) {
      table.unmention(m);
      table.place(a.name, m.text, m.start, m.end, m.sentence);
    }
  }
}

// "Dutch ports", "a Danish shipping group", "a Russian oligarch": a state named only by its demonym before a thing or
// a private party does nothing in the story; before its government, forces, officials or diplomats it acts.
const AGENTS_AFTER = new RegExp(`^\\s+(?:(?:[a-z-]+\\s+){0,2}(?:${STATE_AGENTS})\\b)`);

export function statesOnlyAsAdjectives(text: string, table: ActorTable): void {
  for (const a of table.actors.values()) {
    if (a.kind !== 'state' || table.affiliations.some((f) => f.affiliate === a.name)) continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    const adjective = (m: ActorMention) => m.text !== a.name && /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|ch|i)$/u.test(m.text)
      && /^\s+(?!(?:and|or)\s)[a-z]/.test(text.slice(m.end, m.end + 6)) && !AGENTS_AFTER.test(text.slice(m.end, m.end + 60)); // "the Saudi and US mediators": read on
    if (own.length === 0 || !own.every(adjective)) continue;
    for (const m of own) table.unmention(m);
  }
}
