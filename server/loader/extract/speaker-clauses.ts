// Two speakers in one sentence: "The Commission said …, while Berlin called the detention …", "…, the ministry said
// Thursday, in a move Beijing called …", "X said …, while Y said …". Each clause is read on its own for a speaker;
// a clause whose speaker differs from the whole sentence's gives a statement of its own.
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { speechCue, type SpeechCue } from './speakers.ts';

// Where a second clause with a subject of its own begins: a contrast, a semicolon, or a noun the next clause's
// subject judges ("in a move Beijing called …", "a charge Cotonou denies", "a view X rejected").
const CLAUSE_BREAK = /,\s+(?:while|whereas)\s+|;\s+|,\s+(?:in\s+)?an?\s+(?:move|charge|claim|view|step|decision)\s+(?=\p{Lu})/gu;

export interface ClauseCue { cue: SpeechCue & { speaker: string }; clause: SentenceSpan }

/** The speakers of a sentence's clauses other than `primary` (the whole sentence's speaker), in text order. */
export function otherClauseCues(s: SentenceSpan, table: ActorTable, lastPerson: (at: number) => string | null, primary: string): ClauseCue[] {
  const breaks = [...s.text.matchAll(CLAUSE_BREAK)];
  if (breaks.length === 0) return [];
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const b of breaks) {
    bounds.push([from, b.index ?? 0]);
    from = (b.index ?? 0) + b[0].length;
  }
  bounds.push([from, s.text.length]);
  const out: ClauseCue[] = [];
  const seen = new Set([primary]);
  for (const [a, b] of bounds) {
    const clause: SentenceSpan = { index: s.index, text: s.text.slice(a, b), start: s.start + a, end: s.start + b };
    const cue = speechCue(clause, table, (at) => lastPerson(a + at));
    if (!cue?.speaker || seen.has(cue.speaker)) continue;
    seen.add(cue.speaker);
    out.push({ cue: { ...cue, speaker: cue.speaker }, clause });
  }
  return out;
}
