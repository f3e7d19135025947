// Date expressions in a sentence, resolved against the publication date with chrono-node, plus the precision the
// text supports: "November 7" → day, "since September" → month, "in 2023" → year. A bare weekday in a news report
// means the most recent such day (chrono would pick the coming one).
import * as chrono from 'chrono-node';
import type { DateValue, SentenceSpan } from './extract-types.ts';
import { simpleDates } from './date-fast-path.ts';

export interface DateMention extends DateValue {
  start: number; // offsets into the article text
  end: number;
}

const WEEKDAY_ONLY = /^(?:on |(last |next )|this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Words chrono could read as (part of) a date; a sentence with none is not parsed. Bare numbers ("2,000 troops",
// "$2 billion") are not dates; years and numeric dates ("2024", "10/14", "2024-10-14") are.
const MAYBE_DATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar(?=\.)|april|apr\.?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|tomorrow|ago|last|next|this|past|coming|earlier|later|week|weeks|month|months|year|years|day|days|weekend|(?:19|20)\d\d|\d{1,4}[/-]\d{1,2})\b/i;
const iso = (d: Date) => d.toISOString().slice(0, 10);
// Words that put the clause's date ahead of the publication: modal and scheduling words; "expected" alone ("said it
// expected a second round of talks on Saturday"); the present tense of a few verbs news uses for what is scheduled
// ("faces midterm elections on October 26", "meets in Vienna on Monday", "arrives on Monday"); and an infinitive of a
// verb of meeting or starting ("called on the union to return to talks on Thursday", "agreed to resume talks").
const FUTURE = new RegExp('\\b(?:will|shall|would(?! have)|is due|are due|is set|are set|is expected|are expected|expects?|expected|plans? to|planned|scheduled'
  + '|to be held|upcoming|coming|next|faces?|meets|arrives|convenes'
  + '|to (?:return|resume|reconvene|hold|meet|begin|start|visit|travel|sign|attend|host|vote))\\b', 'i');
// A month whose year the text gives in words: "in June last year", "in March next year", "in May this year".
const YEAR_IN_WORDS = /^\s+(last|next|this) year\b/i;

// The clause a date sits in, up to the date: from the last comma, semicolon, "said" or "that" before it.
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const m = /.*(?:[,;:]|\bsaid\b|\bthat\b)/s.exec(before);
  return m ? before.slice(m[0].length) : before;
}

// chrono's casual English parser without the time-of-day and time-zone rules: an event's date never needs "5 p.m.",
// and those rules (numbers anywhere in a sentence) were half of chrono's cost (scripts/bench-extract.ts).
const TIME_ONLY = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENEndOfCurrentMonthParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);
const dateParser = chrono.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => !TIME_ONLY.has(p.constructor.name));
dateParser.refiners = dateParser.refiners.filter((r) => !TIME_ONLY.has(r.constructor.name));

// chrono reads only the stretches around date words (its cost grows with the text it scans, and a news sentence is
// mostly not a date): each stretch reaches WINDOW characters either side of a date word, to word boundaries, and
// overlapping stretches are read as one. Results carry their offset in the whole sentence.
const WINDOW = 40;
const ANCHORS = new RegExp(MAYBE_DATE.source, 'gi');

function parseNearAnchors(text: string, ref: Date): chrono.ParsedResult[] {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(ANCHORS)) {
    let a = Math.max(0, (m.index ?? 0) - WINDOW);
    let b = Math.min(text.length, (m.index ?? 0) + m[0].length + WINDOW);
    while (a > 0 && /\S/.test(text[a - 1] ?? '')) a -= 1;
    while (b < text.length && /\S/.test(text[b] ?? '')) b += 1;
    const last = spans.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  return spans.flatMap(([a, b]) => dateParser.parse(text.slice(a, b), { instant: ref, timezone: 0 }, { forwardDate: false })
    .map((r) => Object.assign(r, { index: r.index + a })));
}

export function findDates(sentence: SentenceSpan, publishedAt: string): DateMention[] {
  const ref = new Date(`${publishedAt}T12:00:00Z`);
  const out: DateMention[] = [];
  if (!MAYBE_DATE.test(sentence.text)) return out; // chrono is the costliest step; most sentences have no date
  for (const r of simpleDates(sentence.text, ANCHORS, ref) ?? parseNearAnchors(sentence.text, ref)) {
    const start = sentence.start + r.index;
    if (out.some((d) => d.start <= start && start < d.end)) continue; // "last year" after "June": read with it
    const yearWords = YEAR_IN_WORDS.exec(sentence.text.slice(r.index + r.text.length));
    const end = yearWords ? start + r.text.length + yearWords[0].length : start + r.text.replace(/[,.\s]+$/, '').length;
    const ahead = FUTURE.test(clauseBefore(sentence.text, r.index));
    const weekday = WEEKDAY_ONLY.exec(r.text.trim().replace(/[,.]$/, ''));
    if (weekday?.[2]) {
      // A bare weekday is the last such day, or the coming one where the clause speaks of the future; "next Tuesday"
      // is always a coming day and "last Tuesday" a past one, never the publication day itself.
      const day = DAYS.indexOf(weekday[2].toLowerCase());
      const forward = (day - ref.getUTCDay() + 7) % 7;
      const back = (ref.getUTCDay() - day + 7) % 7;
      const word = weekday[1]?.trim().toLowerCase();
      const shift = word === 'next' ? forward || 7 : word === 'last' ? -(back || 7) : ahead ? forward : -back;
      out.push({ start, end, date: iso(new Date(ref.getTime() + shift * 86_400_000)), precision: 'day' });
      continue;
    }
    if (/^(?:now|today|tonight|this (?:morning|afternoon|evening))$/i.test(r.text.trim())) continue;
    if (/^(?:march|may)\b/.test(r.text)) continue; // lower case: the verbs ("would march to parliament"), not the months
    const d = r.start.date();
    // No year given: chrono takes the nearest; a past-tense clause means the last such date, a future one the next.
    if (!r.start.isCertain('year')) {
      const yearInWords = yearWords?.[1]?.toLowerCase();
      if (yearInWords) d.setUTCFullYear(ref.getUTCFullYear() + (yearInWords === 'last' ? -1 : yearInWords === 'next' ? 1 : 0));
      else if (!ahead && d.getTime() > ref.getTime() + 86_400_000) d.setUTCFullYear(d.getUTCFullYear() - 1);
      else if (ahead && d.getTime() < ref.getTime() - 86_400_000) d.setUTCFullYear(d.getUTCFullYear() + 1);
    }
    if (r.start.isCertain('day')) out.push({ start, end, date: iso(d), precision: 'day' });
    else if (r.start.isCertain('month')) out.push({ start, end, date: `${iso(d).slice(0, 7)}-01`, precision: 'month' });
    else if (r.start.isCertain('year')) out.push({ start, end, date: `${iso(d).slice(0, 4)}-01-01`, precision: 'year' });
  }
  for (const m of sentence.text.matchAll(/\b(?:in|since|by|during|of) ((?:19|20)\d\d)\b/g)) {
    const start = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ start, end: start + 4, date: `${m[1]}-01-01`, precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}
