// A state the text names only to describe someone or something else is no actor (data/eval/LABELLING.md: a country
// is no actor when it is only a place, a company's home, a nationality or a description). This rule runs while the
// mentions are found, before statements and events, so that a state only described never becomes a speaker or an
// event's party; place-only-states.ts judges the states left once those are found. A state is dropped when every
// mention of it is one of these:
// - a company's or a person's home: "the US power company X", "the former Germany forward", "Denmark's Bavarian Nordic";
// - where something is or goes: "in Yemen", "outside Japan", "clubs in Portugal and Belgium", "the flag of the Cook
//   Islands";
// - a demonym before a thing or a private party: "Dutch ports", "a Russian oligarch";
// - the qualifier of a body's name: "the Brazilian Air Force", "the US Food and Drug Administration".
// Once the four older rules that each read one of these shapes alone; a state named once as a home and once as a
// place fell between them.
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { headKind } from './name-words.ts';
import { STATE_AGENTS } from './state-agent-words.ts';

// A common noun for a business or a private person after the state's name or demonym, up to two lower-case words
// between ("the US biotech firm", "a U.S. investment fund", "the former Germany forward").
const HOME_OF_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:company|companies|firm|firms|fund|maker|giant|bank|lender|insurer|startup|start-up|investor|carrier|manufacturer|chipmaker|automaker|producer|retailer|developer|conglomerate|financier|businessman|businesswoman|billionaire|tycoon|entrepreneur|forward|striker|midfielder|defender|goalkeeper|winger)\b/;
// "in Brazil", "in northeastern Brazil", "across the Sahel", "clubs in Portugal and Belgium".
const PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s*(?:,|,?\s+and)\s+)*$/u;
const PLAIN_PLACE_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$/;
// "in Yemen", "outside Japan", "toward southern China", "across Mali, Burkina Faso, …", "the flag of": where
// something is or goes, with no direction after "in" ("in northern Laos" alone leaves the state open: "the
// country's government" may point back at it).
const WHERE_BEFORE = /\b(?:(?:in|inside|across|throughout|flag of)\s+(?:the\s+)?|(?:outside|toward|towards|near)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?)$/;
const WHERE_LIST_BEFORE = /\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*,\s+)+$/u;
// A mention that is a demonym ("Dutch", "Saudi", "Icelandic") rather than the state's name, before a common noun
// ("Dutch ports", "a Russian oligarch"): it describes that noun. Shared with place-only-states.ts. ("The Saudi and US
// mediators": not before "and" or "or", where the noun is read on.)
const DEMONYM = /\p{Ll}(?:an|ese|ish|ian|i|ic|ch)$/u;
export function demonymBeforeNoun(mention: string, state: string, after: string): boolean {
  return mention !== state && DEMONYM.test(mention) && /^\s+(?!(?:and|or)\s)\p{Ll}/u.test(after);
}
// Unless the noun is one of the state's agents ("Polish officials"): then the state acts.
const AGENTS_AFTER = new RegExp(`^\\s+(?:(?:[a-z-]+\\s+){0,2}(?:${STATE_AGENTS})\\b)`);

// A company is known here by having no body's head word at all ("Bavarian Nordic", "Nexperia"): a state's
// institutions are named by theirs ("China's Ministry of Commerce said"). A company named with its legal or trade
// ending ("Taiwan's Powerchip Semiconductor Manufacturing Corp.") is left alone: the tuning set labels its country,
// the later blind sets do not, and this rule takes neither side.
function isCompany(name: string): boolean {
  return name.split(/\s+/).every((w) => headKind({ text: w, start: 0, end: 0 }) === null);
}

export function dropStatesOnlyDescribing(text: string, table: ActorTable): void {
  const before = (m: ActorMention, length: number) => text.slice(Math.max(0, m.start - length), m.start);
  const after = (m: ActorMention, length: number) => text.slice(m.end, m.end + length);
  const possessive = (m: ActorMention) => /^['’]/.test(after(m, 1));
  const homeOf = (m: ActorMention) => !possessive(m) && HOME_OF_AFTER.test(after(m, 60));
  const companyAfter = (m: ActorMention) => {
    const ending = /^['’]s?\s+/.exec(after(m, 4));
    const next = ending ? table.mentions.find((b) => b.start === m.end + ending[0].length) : undefined;
    const actor = next ? table.actors.get(next.key) : undefined;
    return actor?.kind === 'organization' && isCompany(actor.name) ? actor.name : undefined;
  };
  const place = (m: ActorMention) => {
    const found = PLACE_BEFORE.exec(before(m, 80));
    // "in October, and Britain is weighing …": a date in the list is no place.
    return !possessive(m) && found !== null && !found[0].split(/[\s,]+/).some((w) => MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase()));
  };
  const listedPlace = (m: ActorMention) => place(m) && !PLAIN_PLACE_BEFORE.test(before(m, 30));
  const where = (m: ActorMention) => (WHERE_BEFORE.test(before(m, 30)) || WHERE_LIST_BEFORE.test(before(m, 60))) && !/^['’]s\b/.test(after(m, 3));
  // "the Brazilian Air Force": the mention opens another body's name.
  const qualifier = (m: ActorMention) => table.mentions.some((b) => b.start > m.end && b.start <= m.end + 1 && !['person', 'state'].includes(table.actors.get(b.key)?.kind ?? ''));
  for (const a of table.actors.values()) {
    if (a.kind !== 'state') continue;
    const own = table.mentions.filter((m) => m.key === a.name);
    const companies = own.map(companyAfter);
    if (table.affiliations.some((f) => f.affiliate === a.name && !companies.includes(f.actor))) continue;
    const adjective = (m: ActorMention) => demonymBeforeNoun(m.text, a.name, after(m, 6)) && !AGENTS_AFTER.test(after(m, 60));
    // Each of these settles it alone; a place after "in" (perhaps "in northern") needs a home or a list beside it.
    const plainly = (m: ActorMention) => where(m) || qualifier(m) || adjective(m) || companyAfter(m) !== undefined;
    if (own.length === 0 || !own.every((m) => plainly(m) || homeOf(m) || place(m))) continue;
    if (!own.every(plainly) && !own.some(homeOf) && !own.some(listedPlace)) continue;
    for (const m of own) {
      table.unmention(m);
      if (where(m) || place(m)) table.place(a.name, m.text, m.start, m.end, m.sentence);
    }
    for (let i = table.affiliations.length - 1; i >= 0; i -= 1) {
      const f = table.affiliations[i];
      if (f && f.affiliate === a.name && companies.includes(f.actor)) table.affiliations.splice(i, 1);
    }
  }
}
