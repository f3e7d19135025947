// Sentence offsets and boundaries (lines, abbreviations, quotes) and date resolution with precision.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/loader/extract/sentences.ts';
import { findDates } from '../../../server/loader/extract/dates.ts';

describe('splitSentences', () => {
  it('splits on lines and sentence ends, keeps abbreviations and initials, strips list markers', () => {
    const text = 'Headline here\nThe U.S. Navy said Mr. Smith left. Donald J. Trump arrived at 5 p.m. on Friday.\n- "Go now!" she said. Acme Corp. agreed.';
    const got = splitSentences(text).map((s) => s.text);
    expect(got).toEqual([
      'Headline here', 'The U.S. Navy said Mr. Smith left.', 'Donald J. Trump arrived at 5 p.m. on Friday.',
      '"Go now!" she said.', 'Acme Corp. agreed.',
    ]);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('findDates', () => {
  const at = (text: string) => findDates({ index: 0, text, start: 0, end: text.length }, '2025-11-08').map((d) => [d.date, d.precision]);
  it('resolves against the publication date with precision', () => {
    expect(at('The day before, on November 7, it fired.')).toContainEqual(['2025-11-07', 'day']);
    expect(at('since September, it has sent workers')).toEqual([['2025-09-01', 'month']]);
    expect(at('The firm was founded in 2019.')).toEqual([['2019-01-01', 'year']]);
    expect(at('He said on Tuesday that')).toEqual([['2025-11-04', 'day']]); // the last Tuesday, not the next
    expect(at('Earlier, he said that')).toEqual([]);
  });

  it('takes a year given in words after a month ("in June last year") as that year', () => {
    expect(at('Nato leaders agreed at their summit in June last year to raise spending.')).toEqual([['2024-06-01', 'month']]);
    expect(at('The plant is due to open in March next year.')).toEqual([['2026-03-01', 'month']]);
  });

  it('reads a date as coming where the clause schedules it, and as past where it reports it', () => {
    // 2025-11-08 is a Saturday.
    expect(at('The board meets in Vienna on Monday.')).toEqual([['2025-11-10', 'day']]);
    expect(at('The board met in Vienna on Monday.')).toEqual([['2025-11-03', 'day']]);
    expect(at('He called on the union to return to talks on Thursday.')).toEqual([['2025-11-13', 'day']]);
    expect(at('The company said it expected a second round of talks on Saturday.')).toEqual([['2025-11-08', 'day']]);
    expect(at('The president faces elections on December 7.')).toEqual([['2025-12-07', 'day']]);
    expect(at('The country held elections on December 7.')).toEqual([['2024-12-07', 'day']]);
  });
});
