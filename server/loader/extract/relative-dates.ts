// "the day before the vote", "the day after the summit": a day counted from the event the article dated last, not
// from the publication date. The anchor is the last day-precise date the text gave before the phrase.
import type { SentenceSpan } from './extract-types.ts';
import { findDates, type DateMention } from './dates.ts';

// Also a count of days ("two days before the vote", "3 days after the summit").
const RELATIVE_DAY = /\b(?:the (?:day|night|evening|morning)|(one|two|three|four|five|six|seven|\d{1,2}) days) (before|after)\b/g;
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

export function hasRelativeDay(text: string): boolean {
  return new RegExp(RELATIVE_DAY.source).test(text);
}

// The sentence's dates with each relative day counted from its anchor (chrono reads "the day before" from the
// publication date). `earlier`: the article's sentences before this one, in order.
export function withRelativeDays(s: SentenceSpan, earlier: SentenceSpan[], publishedAt: string): DateMention[] {
  const relative = relativeDays(s, earlier, publishedAt);
  const plain = findDates(s, publishedAt).filter((d) => !relative.some((r) => d.start < r.end && r.start < d.end));
  return [...plain, ...relative].sort((a, b) => a.start - b.start);
}

function relativeDays(s: SentenceSpan, earlier: SentenceSpan[], publishedAt: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of s.text.matchAll(RELATIVE_DAY)) {
    const at = s.start + (m.index ?? 0);
    const anchor = lastDayBefore(at, [...earlier, s], publishedAt);
    if (!anchor) continue;
    const count = m[1] ? COUNTS[m[1].toLowerCase()] ?? Number(m[1]) : 1;
    const shift = (m[2] === 'before' ? -1 : 1) * count;
    const day = new Date(Date.parse(`${anchor}T12:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
    out.push({ start: at, end: at + m[0].length, date: day, precision: 'day' });
  }
  return out;
}

function lastDayBefore(at: number, sentences: SentenceSpan[], publishedAt: string): string | null {
  for (let i = sentences.length - 1; i >= 0; i -= 1) {
    const found = findDates(sentences[i] as SentenceSpan, publishedAt).filter((d) => d.precision === 'day' && d.end <= at);
    const last = found.at(-1);
    if (last?.date) return last.date;
  }
  return null;
}
