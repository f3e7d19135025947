// Who speaks when the text calls the speaker by its sort instead of its name: "the confederation said", "the
// Cupertino, California-based company said", "the ministry said", "the Algerian foreign ministry said". News names a
// body once and then refers to it by what it is, so the speaker is a body named before. Each body named earlier is a
// candidate, scored by what a reader weighs: the sort word inside its own name ("the police" → Federal Police), the
// sort fitting its kind (a company, a public body, an armed force), being the one that spoke last, being a sentence's
// subject, and nearness. The weights are hand-set and few; a state's common-noun institution ("the interior
// ministry", "the junta") is its state's own voice, as the newest labelling conventions read it.
import type { ActorMention, SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';

// Sorts that name the document, not who wrote it ("the report said") and people (coreference.ts finds those).
const NOT_A_BODY = new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'also', 'then', 'as', 'than', 'statement', 'report', 'document', 'letter', 'filing', 'notice', 'study', 'survey', 'data',
  'figures', 'poll', 'ruling', 'decision', 'order', 'indictment', 'complaint', 'lawsuit', 'memo', 'note', 'post',
  'website', 'judgment', 'verdict', 'agreement', 'deal', 'law', 'bill', 'plan', 'proposal', 'move', 'decree', 'budget',
  'announcement', 'analysis', 'assessment', 'review', 'investigation', 'probe', 'audit', 'index', 'source', 'sources',
  'official', 'officials', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'man', 'woman',
  'people', 'suspect', 'prosecutor', 'prosecutors', 'leader', 'chief', 'executive', 'judge', 'court', 'defendant',
  'he', 'she', 'it', 'they', 'country', 'state', 'nation', 'city', 'region', 'others', 'two', 'three', 'pair', 'sides',
  'side', 'parties', 'companies', 'governments', 'countries', 'men', 'women', 'victim', 'victims', 'family']);
// A state speaks through these when they are written as common nouns ("Niger's defence ministry", "the junta"). Not
// an armed service: "the Indian army said" is the army's own statement (data/eval/LABELLING.md).
export const STATE_VOICE_NOUNS = ['ministry', 'government', 'junta', 'presidency', 'cabinet', 'regime'];
const COMPANY_NOUNS = new Set(['company', 'firm', 'maker', 'group', 'lender', 'bank', 'carrier', 'airline', 'operator',
  'insurer', 'retailer', 'conglomerate', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'miner', 'startup',
  'manufacturer', 'giant', 'business', 'parent', 'supplier', 'producer', 'developer', 'shipper', 'owner', 'chain']);
const PUBLIC_NOUNS = new Set(['regulator', 'watchdog', 'agency', 'authority', 'body', 'institute', 'commission',
  'council', 'office', 'bureau', 'department', 'tribunal', 'inspectorate', 'service', 'organisation', 'organization']);
const MILITARY_NOUNS = new Set(['military', 'army', 'navy', 'force', 'forces', 'command', 'militia']);
const PUBLIC_BODY = /\b(?:Administration|Agency|Commission|Authority|Ministry|Department|Board|Council|Court|Office|Service|Bureau|Regulator|Institute|Police|Guard|Parliament|Senate|Congress|Government|Reserve|Bank of|Directorate|Inspectorate|Organi[sz]ation|Fund|Programme|Program)\b/;

// "the U.N. nuclear watchdog", "its parent", "the Cupertino, California-based company", "the iPhone maker": a
// determiner, up to five qualifying words (lower case, a place adjective, an acronym, a brand, a hyphenated "-based")
// and the sort, right before
// the verb of saying (adverbs and auxiliaries may stand between).
const DESCRIPTION = /(?:^|[\s,"“”(])((?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*,?|\p{Ll}+\p{Lu}[\p{L}-]*)\s+){0,5}?)([\p{Ll}]+(?:\s+guard|\s+forces)?))\s+(?:(?:has|have|had|also|later|then|earlier|again|previously|separately|\p{Ll}+ly)\s+)*$/u;

export interface Description {
  start: number; // sentence offset where the description begins
  head: string; // its sort word ("confederation", "coast guard")
  qualifier: string;
}

// "according to the finance ministry", "according to figures from the alliance": the description a source names.
const SOURCE_DESCRIPTION = /^(?:(?:figures|data|estimates|a\s+statement|statements|a\s+report|a\s+notice)\s+(?:from|by|of)\s+)?((?:the|its)\s+((?:[\p{Ll}-]+\s+){0,3}?)(\p{Ll}+))(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|last|this|released|published)\b)/u;

/** The description an "according to" names (text right after it), if it names one. */
export function sourceDescription(textAfter: string): Description | null {
  const m = SOURCE_DESCRIPTION.exec(textAfter);
  if (!m || m[1] === undefined || m[3] === undefined || NOT_A_BODY.has(m[3])) return null;
  return { start: m[0].indexOf(m[1]), head: m[3], qualifier: m[2] ?? '' };
}

/** The definite description that ends right before a verb of saying, if the text has one there. */
export function descriptionBefore(textBeforeVerb: string): Description | null {
  const m = DESCRIPTION.exec(textBeforeVerb);
  if (!m || m[1] === undefined || m[3] === undefined) return null;
  const head = m[3];
  if (NOT_A_BODY.has(head) || NOT_A_BODY.has(head.split(/\s+/)[0] ?? '')) return null;
  if (/\b(?:and|or|but|said|says|told|that|which|who|while)\b/.test(m[2] ?? '')) return null; // two clauses, not one description
  return { start: textBeforeVerb.length - m[0].length + m[0].indexOf(m[1]), head, qualifier: m[2] ?? '' };
}

// "The junta led by Gen. Assimi Goïta said", "The junta that seized power in Niamey has accused": a description
// opening the sentence (after a dateline) with a post-modifier is the subject; the name inside the modifier is not.
const OPENING_DESCRIPTION = /^(?:[^"“”]*?\s[-—–]{1,2}\s)?((?:The|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+(?:(?:led|headed|run|chaired|founded|backed|controlled)\s+by|that|which)\s/u;

/** A description that opens the sentence and is modified before its verb, with where the modifier starts. */
export function openingDescription(textBeforeVerb: string): (Description & { modifierStart: number }) | null {
  const m = OPENING_DESCRIPTION.exec(textBeforeVerb);
  if (!m || m[1] === undefined || m[2] === undefined || NOT_A_BODY.has(m[2]) || /[,"“”]/.test(textBeforeVerb.slice(m[0].length))) return null;
  const start = m[0].indexOf(m[1]);
  return { start, head: m[2], qualifier: '', modifierStart: start + m[1].length };
}

const namesOf = (table: ActorTable, key: string) => {
  const a = table.actors.get(key);
  return a ? [a.name, ...a.aliases].map((n) => n.toLowerCase()) : [];
};
const holdsWord = (name: string, word: string) => new RegExp(`(?:^|[\\s-])${word}s?(?:$|[\\s,)])`).test(name);

/**
 * The body a description before a verb of saying stands for. `at` is its article offset; `lastSpeaker` the speaker of
 * the statement just before, if any (a text goes on with whoever spoke last).
 */
export function describedSpeaker(d: Description, at: number, s: SentenceSpan, table: ActorTable, lastSpeaker: string | null): string | null {
  const head = d.head.toLowerCase();
  const stateVoice = STATE_VOICE_NOUNS.includes(head);
  const earlier = table.mentions.filter((m) => m.end <= at && m.sentence <= s.index);
  const firstOfSentence = new Map<number, ActorMention>();
  for (const m of [...earlier].sort((a, b) => a.start - b.start)) if (!firstOfSentence.has(m.sentence)) firstOfSentence.set(m.sentence, m);
  let best: { key: string; score: number; mention: ActorMention } | null = null;
  for (const m of earlier) {
    const actor = table.actors.get(m.key);
    if (!actor || actor.kind === 'person' || actor.kind === 'media') continue;
    const named = namesOf(table, m.key).some((n) => holdsWord(n, head));
    // The sort must fit the body: its own name holds the word, or the word is a kind the body is.
    const fits = named
      || (COMPANY_NOUNS.has(head) && actor.kind === 'organization' && !PUBLIC_BODY.test(actor.name))
      || (PUBLIC_NOUNS.has(head) && actor.kind === 'organization' && PUBLIC_BODY.test(actor.name))
      || (MILITARY_NOUNS.has(head) && actor.kind === 'military')
      || (head === 'group' && actor.kind === 'group')
      // A state only as the one that spoke last ("Niger's defence ministry said … The ministry blamed …") or the
      // subject of the sentence before ("Mali's military government gave … The junta led by … said"); otherwise
      // stateOfText below picks the state.
      || (stateVoice && actor.kind === 'state' && (m.key === lastSpeaker || (m.sentence === s.index - 1 && firstOfSentence.get(m.sentence) === m)));
    if (!fits) continue;
    const score = (named ? 6 : 0) + (m.key === lastSpeaker ? 2 : 0) + (firstOfSentence.get(m.sentence) === m ? 1 : 0) - 0.1 * (s.index - m.sentence);
    if (!best || score > best.score) best = { key: m.key, score, mention: m };
  }
  // A state's common-noun ministry is the state's own voice unless a body of that name was named.
  // "Serbia's foreign ministry summoned …, the ministry said": the body pointed back at may itself be a state's voice.
  if (best && !(stateVoice && table.actors.get(best.key)?.kind !== 'state' && !namesOf(table, best.key).some((n) => holdsWord(n, head)))) return voiceOf(best.mention, table);
  return stateVoice ? stateOfText(s, at, table) : null;
}

// The state a common-noun institution belongs to: one named earlier in its own sentence, else the state the text
// names most (the country the story is about).
function stateOfText(s: SentenceSpan, at: number, table: ActorTable): string | null {
  const isState = (m: ActorMention) => table.actors.get(m.key)?.kind === 'state';
  const own = table.mentionsIn(s.index).find((m) => m.end <= at && isState(m));
  if (own) return own.key;
  const counts = new Map<string, number>();
  // Ties go to the state named first (a dateline's or the lede's).
  for (const m of [...table.mentions].sort((a, b) => a.start - b.start)) if (isState(m)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  let top: string | null = null;
  for (const [key, n] of counts) if (top === null || n > (counts.get(top) ?? 0)) top = key;
  return top;
}
// "the Algerian foreign ministry", "Brazil's foreign ministry": a state's ministry or government written in lower
// case is no body of its own name but the state speaking (a capitalised "Foreign Ministry" stays the ministry).
const STATE_INSTITUTION = new RegExp(`^(?:the\\s+)?(\\p{Lu}[\\p{L}.'’ -]*?)(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${STATE_VOICE_NOUNS.join('|')})$`, 'u');

/** The actor that speaks for a mention: the state for its lower-case institution, else the mention's own actor. */
export function voiceOf(m: ActorMention, table: ActorTable): string {
  const actor = table.actors.get(m.key);
  if (!actor || actor.kind === 'state' || actor.kind === 'person' || !STATE_INSTITUTION.test(m.text)) return m.key;
  const state = [...table.actors.values()].find((a) => a.kind === 'state' && m.key.startsWith(`${a.name} `));
  return state?.name ?? m.key;
}
