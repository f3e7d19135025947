// "The UN refugee agency, UNHCR, urged …", "the UN's humanitarian agency, OCHA", "the UN Security Council": "UN"
// before one of its bodies is part of that body's description or name, as a country before its ministry is
// (data/eval/LABELLING.md: a prefix inside a body's name is no second actor). The United Nations is an actor of the
// text only where it acts itself or through its officials ("the UN said", "UN officials said", "the UN
// secretary-general").
import type { ActorTable } from './actor-table.ts';
import type { ActorMention } from './extract-types.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';

const UN = 'United Nations';
// A body of the UN after its prefix: a lower-case description ("refugee agency", "humanitarian agency", "assessed
// contributions") or a capitalised name ("Security Council").
const QUALIFIES_AFTER = /^(?:['’]s)?\s+(?:\p{Lu}|(?:[a-z'’-]+\s+){0,3}?(?:agency|agencies|body|bodies|programme|program|fund|office|mission|force|council|court|tribunal|panel|committee|commission|organi[sz]ation|contributions|budget|resolution|system|report|camp|compound|convoy|peacekeepers|peacekeeping)\b)/u;

export function dropUnPrefixes(text: string, table: ActorTable): void {
  if (!table.actors.has(UN)) return;
  const own = table.mentions.filter((m) => m.key === UN);
  // "UN Secretary-General António Guterres", "UN envoy X": a title after it is the UN's official, the UN acting.
  const titled = (m: ActorMention) => {
    const word = /^(?:['’]s)?\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 40))?.[1]?.toLowerCase() ?? '';
    return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || word.startsWith('secretary');
  };
  const prefix = (m: ActorMention) => QUALIFIES_AFTER.test(text.slice(m.end, m.end + 60)) && !titled(m);
  if (own.length === 0 || !own.every(prefix)) return;
  for (const m of own) table.unmention(m);
}
