// A state the text names only to describe someone or something else: a company's or a person's home ("the US power
// company X", "a U.S. investment fund", "Brazilian startup X", "Polish-American financier X", "the former Germany
// forward"), where something is ("in northeastern Brazil", "clubs in Portugal and Belgium") or as the qualifier of a
// body's name ("the Brazilian Air Force"). data/eval/LABELLING.md: a country is no actor when it is only a place, a
// company's home, a nationality or a description. The older rules (mentions.ts, state-homes.ts) each drop a state
// whose every mention is of one such sort; a state named once as a home and once as a place fell between them.
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';

// A common noun for a business or a private person after the state's name or demonym, up to two lower-case words
// between ("the US biotech firm", "a U.S. investment fund", "the former Germany forward").
const HOME_OF_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|firms|fund|maker|giant|bank|lender|insurer|startup|start-up|investor|carrier|manufacturer|chipmaker|automaker|producer|retailer|developer|conglomerate|financier|businessman|businesswoman|billionaire|tycoon|entrepreneur|forward|striker|midfielder|defender|goalkeeper|winger)\b/;
// "in Brazil", "in northeastern Brazil", "across the Sahel", "clubs in Portugal and Belgium".
const PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s*(?:,|,?\s+and)\s+)*$/u;
const PLAIN_PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$/;

export function dropStatesOnlyDescribing(text: string, table: ActorTable): void {
  const qualifiesBody = (m: ActorMention) => table.mentions.some((b) => b.start > m.end && b.start <= m.end + 1 && !['person', 'state'].includes(table.actors.get(b.key)?.kind ?? ''));
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
    if (own.length === 0 || !own.every((m) => homeOf(m) || place(m) || qualifiesBody(m))) continue;
    // A state named only right after "in" or as a qualifier is the older rule's (mentions.ts) to judge, which leaves
    // "in northern Laos" open; here a home, or a place in a list closed by "and", has to be among the mentions.
    const listedPlace = (m: ActorMention) => place(m) && !PLAIN_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
    if (!own.some(homeOf) && !own.some(listedPlace)) continue;
    for (const m of own) {
      table.unmention(m);
      if (place(m)) table.place(a.name, m.text, m.start, m.end, m.sentence);
    }
  }
}
