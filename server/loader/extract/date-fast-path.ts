// The date forms most news sentences use, read without chrono (the costliest step of extraction): a weekday ("on
// Tuesday", "last Friday") and a month with or without its day ("November 7", "since September"). When every date
// word in the sentence belongs to one of these, the readings come from here; anything else ("Nov. 7", "5 November",
// "the day before", "two weeks ago", "November 7, 2024") goes to chrono. Readings look like chrono's results, so
// dates.ts treats both alike (the weekday's day and the year are settled there, by the clause's tense).
export interface DateReading {
  index: number; // offset into the sentence
  text: string;
  start: { date(): Date; isCertain(component: 'day' | 'month' | 'year'): boolean };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SIMPLE = new RegExp(
  '\\b(?:(?:on|last|this) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?![,\\s]+(?:\\d|' + MONTH_NAMES.join('|') + '))'
  + '|(?<![\\d,]\\s?)\\b(' + MONTH_NAMES.join('|') + ')(?: ([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?)?\\b(?!,?\\s*\\d|[-–]|\\s+(?:of|to|through)\\b)',
  'g',
);

export function simpleDates(text: string, anchors: RegExp, ref: Date): DateReading[] | null {
  const readings: DateReading[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of text.matchAll(SIMPLE)) {
    const index = m.index ?? 0;
    covered.push([index, index + m[0].length]);
    const month = m[1] ? MONTH_NAMES.indexOf(m[1]) : -1;
    const day = m[2] ? Number(m[2]) : 0;
    const date = month < 0 ? ref : new Date(Date.UTC(ref.getUTCFullYear(), month, day || 1, 12));
    const certain = (c: 'day' | 'month' | 'year') => (c === 'day' ? month < 0 || day > 0 : c === 'month');
    readings.push({ index, text: m[0], start: { date: () => new Date(date), isCertain: certain } });
  }
  for (const a of text.matchAll(anchors)) {
    const at = a.index ?? 0;
    if (!covered.some(([s, e]) => s <= at && at + a[0].length <= e)) return null;
  }
  return readings;
}
