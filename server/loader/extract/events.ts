// Events from trigger words: type, participants (agent / target / participant), place, date and status, one
// draft per trigger; event-merge.ts then folds repeated mentions of one event together.
import type { EventType } from '../graph-document.ts';
import type { ActorMention, DateValue, PlaceMention, SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import { findTriggers, SYMMETRIC, type TriggerHit } from './event-triggers.ts';
import { findDates, type DateMention } from './dates.ts';
import { hasRelativeDay, withRelativeDays } from './relative-dates.ts';

export interface EventDraft {
  type: EventType;
  verbal: boolean;
  definite: boolean; // "the missile launch": points back at an event told before
  summary: string;
  date: DateValue;
  status: 'occurred' | 'expected' | 'possible';
  agents: string[];
  targets: string[];
  participants: string[];
  place: string | null;
  sentences: number[];
  start: number; // article offsets of the trigger
  end: number;
  respondsTo?: EventDraft[]; // set on merged events where the text says this one answers them (event-links.ts)
}

// "tendered his resignation", "offer the cabinet's resignation": verbs that make the noun after them happen.
const LIGHT_VERB = /\b(?:take|took|show|conduct|conducted|hold|held|stage|staged|carry out|carried out|launch|launched|begin|resume|plan|plans|planned|prepare|preparing for|offer|offered|offers|tender|tendered|tenders|submit|submitted|submits|hand in|handed in)\s+["“]?(?:an? |the |more |new |further |its |their |[\w'’]+ ){0,6}$/i;
const DATED_NOUN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})['’]?s?\s+(?:[\w-]+\s+)?$/i;
const DATE_AFTER_NOUN = /^\s+(?:on|last|next|this)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2})\b/i;
// Between a date and the noun it dates: a possessive and up to two adjectives ("Thursday's local elections"), never a
// verb or a function word ("on Monday said talks …").
const DATE_TO_NOUN = /^(?:['’]s)?(?:\s+(?!(?:the|a|an|and|or|but|that|to|of|in|on|at|for|with|by|from|after|before|during|since|until|as|amid|over|under|into|about|against|between|while|when|where|which|who|it|its|their|his|her|he|she|they|we|not|also|said|says|was|were|is|are|will|would|has|had|have|been|be)\b)[a-z][a-z-]*){0,2}\s*$/;
const SPEECH_DATE = /\b(?:said|says|told \w+|announced|wrote|added|confirmed|stated)\s+(?:late |early )?(?:on |last |this )?$/;
const CLAUSE_BREAK = /[;:]|,\s+(?:which|who|while|but|although|as|after|before|noting|adding|saying)\b|\bthat\b|\bsaid\b/;

// `earlier`: the sentences before this one, for a day counted from an event ("the day before the vote").
export function findEvents(s: SentenceSpan, table: ActorTable, publishedAt: string, earlier: SentenceSpan[] = []): EventDraft[] {
  const hits = findTriggers(s.text);
  if (hits.length === 0) return [];
  const dates = hasRelativeDay(s.text) ? withRelativeDays(s, earlier, publishedAt) : findDates(s, publishedAt);
  const mentions = table.mentionsIn(s.index);
  const places = table.places.filter((p) => p.sentence === s.index);
  const { byHit, sentenceDate } = assignDates(hits, dates, s);
  const drafts: EventDraft[] = [];
  hits.forEach((hit, i) => {
    const next = hits[i + 1]?.start ?? s.text.length;
    const draft = buildDraft(s, hit, next, mentions, places, table);
    if (!draft) return;
    draft.date = byHit.get(hit) ?? (hit.verbal && sentenceDate ? sentenceDate : { date: null, precision: 'unknown' });
    drafts.push(draft);
  });
  return drafts;
}

// A date goes to the nominal trigger right after it ("the November 3 visit") or the trigger before it in the same
// sentence; otherwise it dates the sentence's verbs.
function assignDates(hits: TriggerHit[], dates: DateMention[], s: SentenceSpan) {
  const byHit = new Map<TriggerHit, DateValue>();
  let sentenceDate: DateValue | null = null;
  const modifiers = new Set<DateMention>();
  for (const d of dates) {
    const at = d.start - s.start;
    const following = hits.find((h) => !h.verbal && h.start >= d.end - s.start && DATE_TO_NOUN.test(s.text.slice(d.end - s.start, h.start)));
    const preceding = [...hits].reverse().find((h) => h.end <= at);
    const target = following ?? (preceding && !preceding.verbal ? preceding : undefined);
    const value: DateValue = { date: d.date, precision: d.precision };
    if (following && !byHit.has(following)) modifiers.add(d); // "the November 3 visit": the noun's alone
    // "said on Sunday he would meet Putin on Thursday": the first date is the saying's, not the meeting's.
    if (SPEECH_DATE.test(s.text.slice(0, at))) modifiers.add(d);
    if (target && !byHit.has(target)) byHit.set(target, value);
    else sentenceDate ??= value;
  }
  // A verb takes the date nearest to it within its clause ("Aas, who had led the company since 2017, stepped down on
  // Wednesday"; "elected chairperson … at the bloc's summit on Saturday"), before the sentence's first free date.
  for (const h of hits) {
    if (!h.verbal || byHit.has(h)) continue;
    const near = dates.filter((d) => !modifiers.has(d))
      .map((d) => ({ d, from: Math.min(h.end, d.start - s.start), to: Math.max(h.start, d.end - s.start) }))
      .filter((x) => !/[,;:]/.test(s.text.slice(x.from, x.to)))
      .sort((a, b) => (a.to - a.from) - (b.to - b.from))[0];
    if (near) byHit.set(h, { date: near.d.date, precision: near.d.precision });
  }
  return { byHit, sentenceDate };
}

function buildDraft(s: SentenceSpan, hit: TriggerHit, nextHit: number, mentions: ActorMention[], places: PlaceMention[], table: ActorTable): EventDraft | null {
  const local = (m: { start: number; end: number }) => ({ start: m.start - s.start, end: m.end - s.start });
  const clauseStart = lastBreak(s.text.slice(0, hit.start));
  const afterText = s.text.slice(hit.end, nextHit);
  const stop = /\b(?:to|in|at|toward|towards|into)\b/.test(afterText) && (hit.type === 'VISIT' || hit.type === 'ARRIVAL')
    ? hit.end + (/\b(?:to|in|at|toward|towards|into)\b/.exec(afterText)?.index ?? afterText.length)
    : hit.end + Math.min(afterText.length, firstBreak(afterText));
  const inWindow = (m: ActorMention) => local(m).start >= hit.end && local(m).end <= Math.min(stop, hit.end + 90);
  const prenominal = mentions.filter((m) => local(m).end <= hit.start && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$/.test(s.text.slice(local(m).end, hit.start)) && !/\b(?:and|to|of|the|a|an|that|with|said|against)\s/.test(s.text.slice(local(m).end, hit.start)));
  const subject = [...mentions].reverse().find((m) => local(m).end <= hit.start && local(m).start >= clauseStart);
  const windowed = mentions.filter(inWindow);
  const of = /^\s+(?:of|by)\s/.test(afterText) ? windowed.slice(0, 2) : [];
  const lightVerb = LIGHT_VERB.test(s.text.slice(Math.max(0, hit.start - 40), hit.start));
  let agents: string[] = [];
  let targets: string[] = [];
  if (hit.verbal) {
    agents = subject ? [subject.key] : [];
    targets = windowed.map((m) => m.key);
  } else {
    const between = /^\s+between\s/.test(afterText) || /^\s+(?:with)\s/.test(afterText);
    agents = [...prenominal.map((m) => m.key), ...(['VISIT', 'ARRIVAL', 'DEPLOYMENT', 'MISSILE_LAUNCH', 'NUCLEAR_TEST'].includes(hit.type) ? of.map((m) => m.key) : [])];
    const introduced = /^\s+(?:against|on|at|targeting|toward|towards|of|with|between|by|from)\s/.test(afterText);
    targets = between ? windowed.map((m) => m.key) : introduced ? windowed.filter((m) => !of.includes(m)).map((m) => m.key) : [];
    if (agents.length === 0 && targets.length === 0 && lightVerb && subject) agents = [subject.key];
  }
  const definite = !hit.verbal && /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$/i.test(s.text.slice(Math.max(0, hit.start - 40), hit.start)) && agents.length + targets.length === 0;
  // "Sunday's election", "the November 3 visit": a dated noun is an event even with no actor beside it.
  // So is one with its day right after it ("a board meeting on Sunday night"), and one that opens its sentence as
  // the subject ("Talks mediated by … broke down on Thursday").
  const dated = !hit.verbal && (DATED_NOUN.test(s.text.slice(Math.max(0, hit.start - 40), hit.start))
    || DATE_AFTER_NOUN.test(afterText) || /^(?:the\s+)?$/i.test(s.text.slice(0, hit.start)));
  if (!hit.verbal && agents.length + targets.length === 0 && !definite && !lightVerb && !dated) return null;
  const isSymmetric = SYMMETRIC.has(hit.type);
  const type: EventType = hit.type === 'VISIT' && agents.some((a) => table.actors.get(a)?.kind === 'military') ? 'ARRIVAL' : hit.type;
  const placeEnd = Math.min(nextHit, hit.end + 90, hit.end + (/[;:]|,\s|\b(?:had|has|have|was|were|is|are|will|that)\b/.exec(afterText)?.index ?? 90));
  const place = places.find((p) => local(p).start >= hit.end && local(p).start <= placeEnd)?.name ?? null;
  return {
    type, verbal: hit.verbal, definite, summary: s.text.slice(hit.start, Math.min(s.text.length, hit.end + 80)).trim(),
    date: { date: null, precision: 'unknown' }, status: statusOf(s.text, hit, clauseStart),
    agents: isSymmetric ? [] : unique(agents), targets: isSymmetric ? [] : unique(targets.filter((t) => !agents.includes(t))),
    participants: isSymmetric ? unique([...agents, ...targets]) : [],
    place, sentences: [s.index], start: s.start + hit.start, end: s.start + hit.end,
  };
}

function statusOf(text: string, hit: TriggerHit, clauseStart: number): EventDraft['status'] {
  const lastComma = text.slice(0, hit.start).search(/,["”']?\s[^,]*$/);
  const before = text.slice(Math.max(clauseStart, hit.start - 60, lastComma + 1), hit.start);
  const after = text.slice(hit.end, hit.end + 40);
  if (/\b(?:likely|possible|possibly|may|might|could|potential|would)\b/i.test(before) || /^[^.;]*?,?\s+if\b/i.test(after) || /\bif\b/i.test(before)) return 'possible';
  if (/\b(?:will|shall|plans? to|planned|expected to|set to|due to|scheduled|to be held|next|upcoming|threatened to|threatens to|vowed to|intends? to)\b/i.test(before)) return 'expected';
  return 'occurred';
}

const unique = (xs: string[]) => [...new Set(xs)];
function lastBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) at = (m.index ?? 0) + m[0].length;
  return at;
}
function firstBreak(text: string): number {
  const m = /[;:]|,\s|\bthat\b|\bwhich\b|\bsaid\b/.exec(text);
  return m ? m.index : text.length;
}
