// Definite descriptions that point back at an actor named earlier: "the official", "The DPRK defense minister",
// "the ministry", "the company". The nearest earlier actor of the right sort wins; a state in the description
// ("the North Korean minister") must be that person's affiliation.
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import type { Gazetteer } from './gazetteer.ts';
import { PLACE_ADJECTIVE } from './name-words.ts';

const PERSON_NOUNS = ['prime minister', 'chief executive', 'official', 'minister', 'president', 'spokesman',
  'spokeswoman', 'spokesperson', 'secretary', 'chancellor', 'premier', 'leader', 'ceo', 'executive', 'coach',
  'manager', 'governor', 'senator', 'general', 'commander', 'dictator', 'chairman', 'chairwoman', 'researcher',
  'scientist', 'economist', 'analyst', 'striker', 'captain'];
const ORG_NOUNS = ['ministry', 'company', 'firm', 'agency', 'bank', 'group', 'lender', 'automaker', 'carmaker',
  'retailer', 'startup', 'regulator', 'club', 'team', 'department', 'service', 'organization', 'organisation', 'insurer',
  'manufacturer', 'chipmaker', 'airline', 'party', 'union', 'court', 'miner', 'drugmaker', 'operator',
  'broadcaster', 'watchdog', 'bloc', 'conglomerate', 'fund', 'federation', 'association', 'commission', 'council',
  'committee', 'authority'];
// Nouns that point back only at a body whose own name holds them ("the fund" → the International Monetary Fund).
const NAMED_BY_NOUN = new Set(['ministry', 'agency', 'service', 'fund', 'federation', 'association', 'commission', 'council', 'committee', 'authority']);
const COMPANY_NOUNS = new Set(['company', 'firm', 'lender', 'automaker', 'carmaker', 'retailer', 'startup', 'insurer',
  'manufacturer', 'chipmaker', 'airline', 'miner', 'drugmaker', 'operator', 'conglomerate']);
const PUBLIC_BODY = /\b(?:Administration|Agency|Commission|Authority|Ministry|Department|Board|Council|Court|Office|Service|Bureau|Regulator|Parliament|Senate|Congress|Government|Reserve|Bank of)\b/;
const MILITARY_NOUNS = ['navy', 'army', 'military', 'command'];

const NOUNS = [...PERSON_NOUNS, ...ORG_NOUNS, ...MILITARY_NOUNS].join('|');
const DESCRIPTION = new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir)((?: [A-Z][\\w.'-]*| [a-z]+-?[a-z]*){0,3}?) (${NOUNS})\\b(?![-'])`, 'g');

// "a ministry spokesperson said", "a company spokesman told": the unnamed speaker speaks for the body named before.
const BODY_SPOKESPERSON = new RegExp(`\\b[Aa] (${ORG_NOUNS.join('|')}) spokes(?:man|woman|person)\\b`, 'g');

export function resolveDescriptions(sentences: SentenceSpan[], table: ActorTable, g: Gazetteer): void {
  for (const s of sentences) {
    for (const m of s.text.matchAll(BODY_SPOKESPERSON)) {
      const start = s.start + (m.index ?? 0);
      if (table.mentions.some((x) => x.start < start + m[0].length && start < x.end)) continue;
      const key = antecedent(m[1] ?? '', '', start, table, g);
      if (key) table.mention(key, m[0], start, start + m[0].length, s.index, true);
    }
    for (const m of s.text.matchAll(DESCRIPTION)) {
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      const after = s.text.slice((m.index ?? 0) + m[0].length);
      if (/^\s+[A-Z]/.test(after) || /^s\b/.test(after)) continue; // "the minister Noh …": the name is the mention
      if (table.mentions.some((x) => x.start === start && x.end === end)) continue; // named already ("its foreign ministry")
      // "the Spanish defence ministry": the state's institution was named inside the description already.
      if (table.mentions.some((x) => x.start > start && x.end === end && table.actors.get(x.key)?.kind !== 'person')) continue;
      const noun = m[2] ?? '';
      // "the Indianapolis-based company": a place made adjective qualifies the body; it does not name it.
      const qualifier = (m[1] ?? '').trim().split(' ').filter((w) => !PLACE_ADJECTIVE.test(w)).join(' ');
      // "The Unite union", "the CGT union": a body's own name before its type noun names it; only a state there
      // ("the South Korean ministry") still points back.
      if (!PERSON_NOUNS.includes(noun) && /\p{Lu}/u.test(qualifier) && !stateIn(qualifier, g)) continue;
      // "X has agreed to buy Y, the German group said": a trailing attribution names the sentence's subject.
      const trailing = !PERSON_NOUNS.includes(noun) && /,\s*$/.test(s.text.slice(0, m.index ?? 0)) && /^\s+(?:said|says|added|announced|confirmed|told)\b/.test(after);
      const key = (noun.startsWith('spokes') && qualifier === '' ? spokespersonFor(start, sentences, table) : undefined)
        ?? antecedent(noun, qualifier, start, table, g, trailing ? s.start : undefined);
      if (key) table.mention(key, m[0], start, end, s.index, true);
    }
  }
}

// `subjectFrom`: where the sentence starts when the description's actor is its subject: the first that fits there wins.
function antecedent(noun: string, qualifier: string, before: number, table: ActorTable, g: Gazetteer, subjectFrom?: number): string | undefined {
  const nearestFirst = [...table.mentions].filter((m) => m.end <= before).sort((a, b) => b.start - a.start);
  const inSentence = subjectFrom === undefined ? [] : nearestFirst.filter((m) => m.start >= subjectFrom).reverse();
  const earlier = [...inSentence, ...nearestFirst];
  const kindOf = (key: string) => table.actors.get(key)?.kind;
  const stateWord = stateIn(qualifier, g);
  const fits = (key: string) => {
    const actor = table.actors.get(key);
    if (!actor) return false;
    if (PERSON_NOUNS.includes(noun)) {
      if (actor.kind !== 'person') return false;
      if (stateWord && !table.affiliatesOf(key).includes(stateWord)) return false;
      return noun === 'official' || !actor.role || actor.role.includes(noun) || qualifier === '';
    }
    if (MILITARY_NOUNS.includes(noun)) return actor.kind === 'military' && (!stateWord || table.affiliatesOf(key).includes(stateWord));
    // A news outlet is "the broadcaster", never "the miner" or "the company" (it is usually the one reporting).
    if (actor.kind === 'media') return noun === 'broadcaster';
    if (actor.kind !== 'organization') return false;
    if (NAMED_BY_NOUN.has(noun)) return actor.name.toLowerCase().includes(noun);
    // A public body is "the regulator", never "the carmaker"; a company the other way round.
    if (COMPANY_NOUNS.has(noun)) return !PUBLIC_BODY.test(actor.name);
    if (noun === 'regulator' || noun === 'watchdog') return PUBLIC_BODY.test(actor.name);
    return true;
  };
  return earlier.map((m) => m.key).find((k) => kindOf(k) !== undefined && fits(k));
}

// The state a description names ("North Korean", "DPRK"), trying two-word names before single words.
function stateIn(qualifier: string, g: Gazetteer): string | undefined {
  const words = qualifier.split(' ').filter((w) => w.length > 0);
  for (let i = 0; i < words.length; i += 1) {
    for (const len of [2, 1]) {
      const actor = g.actorByAlias.get(words.slice(i, i + len).join(' '));
      if (actor?.kind === 'state') return actor.name;
    }
  }
  return undefined;
}

// "A spokesperson for the IFRC said … "…," the spokesperson added": the body an unnamed spokesperson was introduced
// for, in the nearest sentence that introduced one.
function spokespersonFor(before: number, sentences: SentenceSpan[], table: ActorTable): string | undefined {
  const introduced = table.mentions.filter((m) => m.end <= before).sort((a, b) => b.start - a.start).find((m) => {
    const s = sentences[m.sentence];
    return s !== undefined && /\bspokes(?:man|woman|person) (?:for|of)\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start - s.start));
  });
  return introduced?.key;
}
