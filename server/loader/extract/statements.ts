// Statements: direct quotes and reported speech with their speaker. A quote that opens in one sentence and closes
// in a later one is one statement; a sentence that is nothing but a quote, right after a direct statement,
// continues that speaker's statement ("…," she said. "More.").
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { quoteSpans, quotedLength } from './quotes.ts';
import { speechCue, type SpeechCue } from './speakers.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { otherClauseCues } from './speaker-clauses.ts';

export interface StatementDraft {
  speaker: string;
  text: string;
  mode: 'direct' | 'reported';
  sentences: number[];
  reportedBy: string | null;
  start: number; // article offsets of what was said (for "about" links)
  end: number;
}

export function findStatements(sentences: SentenceSpan[], table: ActorTable, skip: Set<number>): StatementDraft[] {
  const out: StatementDraft[] = [];
  let carried: SentenceSpan[] = []; // sentences of a quote still open
  let previous: StatementDraft | null = null;
  // A pronoun points back to the first person named, outside quotes, in its own sentence before it ("Rutte is
  // expected to visit …, his office said"), else in the nearest sentence before that names one: news makes the
  // person a paragraph is about its subject ("González, the candidate of the movement founded by Rafael Correa,
  // refused to concede. "…," she said").
  const personAt = (s: SentenceSpan) => (at: number) => {
    for (let i = s.index; i >= 0; i -= 1) {
      const sentence = sentences[i] as SentenceSpan;
      const limit = i === s.index ? s.start + at : sentence.end;
      const quoted = quoteSpans(sentence.text).spans.map((q) => [sentence.start + q.start, sentence.start + q.end]);
      const person = table.mentionsIn(i).find((m) => m.start < limit && table.actors.get(m.key)?.kind === 'person'
        && !quoted.some(([a, b]) => (a as number) <= m.start && m.start < (b as number)));
      if (person) return person.key;
    }
    return null;
  };
  // "…," Quispe-Mamani told reporters. "…," he said.': a pronoun right after a person's statement is that person
  // speaking on, whoever else the sentence before named (a square, a unit, a place read as a name).
  // A person named earlier in the pronoun's own sentence still comes first.
  const pronounAt = (s: SentenceSpan) => (at: number) => {
    const own = personAt(s)(at);
    const last = out.at(-1);
    const ownSentence = own !== null && table.mentionsIn(s.index).some((m) => m.key === own && m.start < s.start + at);
    if (!ownSentence && last && (last.sentences.at(-1) ?? -2) >= s.index - 1 && table.actors.get(last.speaker)?.kind === 'person') return last.speaker;
    return own;
  };
  for (const s of sentences) {
    if (skip.has(s.index)) continue;
    const { spans, unclosed } = quoteSpans(s.text, carried.length > 0);
    const startsWithQuote = /^["“]/.test(s.text);
    const lastStatement: StatementDraft | null = previous;
    const lastSpeaker = out.at(-1)?.speaker ?? null;
    const cue: SpeechCue | null = speechCue(s, table, pronounAt(s), lastSpeaker) ?? bodyPronounCue(s, lastStatement, table);
    if (!cue || !cue.speaker) {
      if (startsWithQuote && unclosed) carried.push(s);
      else if (carried.length > 0 && spans.length > 0 && unclosed) carried.push(s);
      else if (carried.length > 0 && spans.length > 0) {
        // The quote closed without a "she said": it goes on from the statement just before, if there is one.
        const first = (carried[0] as SentenceSpan).index;
        if (previous?.mode === 'direct' && previous.sentences.at(-1) === first - 1) {
          previous.text = `${previous.text} ${[...carried, s].map((x) => x.text.replace(/^["“]|["”]$/g, '')).join(' ')}`;
          previous.sentences.push(...carried.map((x) => x.index), s.index);
          previous.end = s.end;
        }
        carried = [];
      } else if (startsWithQuote && previous?.mode === 'direct' && previous.sentences.at(-1) === s.index - 1) {
        previous.text = `${previous.text} ${s.text.replace(/^["“]|["”]$/g, '')}`;
        previous.sentences.push(s.index);
        previous.end = s.end;
      } else {
        carried = [];
        previous = null;
      }
      continue;
    }
    const group = [...carried, s];
    carried = [];
    const quoted = spans.map((q) => s.text.slice(q.start, q.end)).join(' … ');
    const content: string = s.text.slice(cue.contentStart).replace(/^[\s,:]+|[\s.]+$/g, '');
    const useQuote: boolean = quoted.length > 0 && (startsWithQuote || cue.contentStart === 0 || quotedLength(spans) >= 0.4 * Math.max(1, content.length));
    const before = group.slice(0, -1).map((g) => g.text.replace(/^["“]/, '')).join(' ');
    const text: string = useQuote ? [before, quoted].filter((x) => x).join(' ') : content || s.text;
    previous = {
      speaker: cue.speaker,
      text: text.replace(/[,\s]+$/, ''),
      mode: useQuote ? 'direct' : 'reported',
      sentences: group.map((g) => g.index),
      reportedBy: cue.reportedBy,
      start: useQuote ? (group[0] as SentenceSpan).start : s.start + cue.contentStart,
      end: s.end,
    };
    out.push(previous);
    for (const { cue: other, clause } of otherClauseCues(s, table, pronounAt(s), cue.speaker)) {
      out.push({
        speaker: other.speaker, text: clause.text.slice(other.contentStart).replace(/^[\s,:]+|[\s.,]+$/g, '') || clause.text,
        mode: 'reported', sentences: [s.index], reportedBy: other.reportedBy, start: clause.start + other.contentStart, end: clause.end,
      });
    }
  }
  return out;
}

// A body's finding is its statement too ("It found that the bank had waited 11 days").
const IT_SAID = new RegExp(`^(?:It|They)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${[...SPEECH_VERBS, 'found', 'ruled', 'concluded'].join('|')})\\b\\s*(?:that\\s+)?`);

// "… the association warned in a statement. It urged companies to …": "it" (or "they") opening the sentence right
// after a body's statement is that body speaking again; a person is never "it".
function bodyPronounCue(s: SentenceSpan, previous: StatementDraft | null, table: ActorTable): SpeechCue | null {
  const m = IT_SAID.exec(s.text);
  if (!m || !previous || previous.sentences.at(-1) !== s.index - 1) return null;
  const kind = table.actors.get(previous.speaker)?.kind;
  if (kind === undefined || kind === 'person') return null;
  return { speaker: previous.speaker, contentStart: m[0].length, verbStart: 0, reportedBy: null };
}
