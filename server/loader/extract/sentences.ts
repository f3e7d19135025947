// Sentence splitting with character offsets. Lines are hard boundaries (news text puts the headline and each
// paragraph or bullet on its own line; wink-nlp's splitter joins them, see scripts/bench-extract.ts), and inside a
// line we split after . ! ? (and a closing quote) unless the word before the period is a known abbreviation.
import type { SentenceSpan } from './extract-types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'corp', 'inc', 'ltd', 'co', 'plc', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'fig', 'u.s', 'u.k', 'u.n', 'e.u',
]);

// Leading list markers ("- ", "• ", "* ") are layout, not part of the sentence.
const LIST_MARKER = /^(?:[-•*–]\s+)/;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, spans);
    lineStart += line.length + 1;
  }
  return spans.map((s, index) => ({ ...s, index }));
}

function splitLine(line: string, offset: number, out: SentenceSpan[]): void {
  const marker = LIST_MARKER.exec(line);
  let start = marker ? marker[0].length : 0;
  const boundary = /[.!?]+["'”’)]*(?=\s+["“'‘(]?[\p{Lu}0-9])/gu;
  for (let m = boundary.exec(line); m !== null; m = boundary.exec(line)) {
    const end = m.index + m[0].length;
    // "No. 1" is an abbreviation; "said no. Then …" ends a sentence.
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line, m.index) && !(/\bno$/i.test(line.slice(0, m.index)) && !/^\.\s+\d/.test(line.slice(m.index)))) continue;
    push(line, offset, start, end, out);
    start = end;
  }
  push(line, offset, start, line.length, out);
}

function isAbbreviation(line: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(line.slice(Math.max(0, dot - 12), dot));
  if (!before?.[1]) return false;
  const word = before[1].toLowerCase();
  // A single capital letter is an initial ("Donald J. Trump"); dotted acronyms ("U.S.") end in a letter-dot pair.
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function push(line: string, offset: number, from: number, to: number, out: SentenceSpan[]): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a] ?? '')) a += 1;
  while (b > a && /\s/.test(line[b - 1] ?? '')) b -= 1;
  if (b <= a) return;
  out.push({ index: out.length, text: line.slice(a, b), start: offset + a, end: offset + b });
}
