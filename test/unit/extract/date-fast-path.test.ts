// The chrono-free path for the commonest date forms: it answers only when it covers every date word of a sentence,
// and then agrees with the full parse (findDates) on the same sentences.
import { describe, expect, it } from 'vitest';
import { simpleDates } from '../../../server/loader/extract/date-fast-path.ts';
import { findDates } from '../../../server/loader/extract/dates.ts';

const ANCHORS = /\b(?:november|tuesday|friday|september|day|nov|may|2024)\b/gi;
const ref = new Date('2024-11-08T12:00:00Z');
const sentence = (text: string) => ({ index: 0, text, start: 0, end: text.length });

describe('date fast path', () => {
  it('reads weekdays and months with or without a day', () => {
    const got = simpleDates('They met on Tuesday and will meet again on November 12, after talks since September.', ANCHORS, ref);
    expect(got?.map((r) => [r.index, r.text, r.start.isCertain('day'), r.start.isCertain('month')])).toEqual([
      [9, 'on Tuesday', true, true], [43, 'November 12', true, true], [74, 'September', false, true],
    ]);
  });

  it('leaves to chrono any sentence with a date word it does not cover', () => {
    for (const text of ['The day before, on November 7, it fired.', 'It opened Nov. 7.', 'It opened 5 November.', 'It opened on November 7, 2024.', 'Since Tuesday, November 5, it rained.']) {
      expect(simpleDates(text, ANCHORS, ref), text).toBeNull();
    }
  });

  it('gives findDates the same dates as chrono would', () => {
    expect(findDates(sentence('He visited on November 5 after talks.'), '2024-11-08')).toMatchObject([{ date: '2024-11-05', precision: 'day' }]);
    expect(findDates(sentence('It will open on January 3.'), '2024-11-08')).toMatchObject([{ date: '2025-01-03', precision: 'day' }]);
    expect(findDates(sentence('Prices have risen since December.'), '2024-11-08')).toMatchObject([{ date: '2023-12-01', precision: 'month' }]);
    expect(findDates(sentence('It happened on Friday.'), '2024-11-10')).toMatchObject([{ date: '2024-11-08', precision: 'day' }]);
  });
});
