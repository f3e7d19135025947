// Is the article's first line its headline? Then it restates the lead: its names count, its claims and events are
// told again below. It is when it matches the metadata title (ignoring case, spacing and punctuation), or when it
// looks like one: the whole first line, with more lines after it, short and without a sentence's final stop.
import type { SentenceSpan } from './extract-types.ts';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function headlineOf(text: string, sentences: SentenceSpan[], title: string): Set<number> {
  const first = sentences[0];
  if (!first) return new Set();
  if (norm(first.text) === norm(title)) return new Set([0]);
  const lineEnd = text.indexOf('\n', first.start);
  const wholeLine = lineEnd > 0 && first.end === lineEnd - (text.slice(first.end, lineEnd).length) && (sentences[1]?.start ?? Infinity) > lineEnd;
  const looksLikeOne = !/[.!?]["”’)]?$/.test(first.text) && first.text.split(/\s+/).length <= 25;
  return wholeLine && looksLikeOne && lineEnd < text.trimEnd().length ? new Set([0]) : new Set();
}
