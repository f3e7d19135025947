// The timeline: the events on a strip, and a date range (two sliders over the days that have events). Moving a
// slider reports the range; events outside it are drawn grey on the strip and hidden in the graph by the caller.
import type { TimelineEvent } from '../../../server/api/dto.ts';
import { el, fill } from './dom.ts';

export interface DateRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function mountTimeline(container: HTMLElement, events: TimelineEvent[], initial: Partial<DateRange>, onChange: (range: DateRange | null) => void): void {
  const dated = events.filter((e): e is TimelineEvent & { date: string } => e.date !== null);
  if (dated.length === 0) {
    fill(container, [el('p', { className: 'hint', text: 'No dated events.' })]);
    return;
  }
  const days = dated.map((e) => toDay(e.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(1, max - min);
  const slider = (label: string, value: number) =>
    el('input', { attrs: { type: 'range', min: String(min), max: String(max), step: '1', value: String(value), 'aria-label': label } });
  const fromInput = slider('Timeline start', initial.from ? toDay(initial.from) : min);
  const toInput = slider('Timeline end', initial.to ? toDay(initial.to) : max);
  const label = el('p', { className: 'status', attrs: { id: 'timeline-range' } });
  const strip = el('div', { className: 'timeline-strip', attrs: { 'aria-hidden': 'true' } });
  const ticks = dated.map((e) => el('span', { className: 'tick', attrs: { style: `left:calc(${((toDay(e.date) - min) / span) * 100}% - 1px)`, title: `${e.date} ${e.type}: ${e.summary}` } }));
  strip.append(...ticks);

  const update = (notify: boolean) => {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) [a, b] = [b, a];
    label.textContent = `${toIso(a)} – ${toIso(b)} · ${days.filter((d) => d >= a && d <= b).length} of ${days.length} events`;
    ticks.forEach((t, i) => t.classList.toggle('out', (days[i] ?? 0) < a || (days[i] ?? 0) > b));
    if (notify) onChange(a === min && b === max ? null : { from: toIso(a), to: toIso(b) });
  };
  fromInput.addEventListener('input', () => update(true));
  toInput.addEventListener('input', () => update(true));
  fill(container, [el('div', { className: 'timeline' }, [strip, fromInput, toInput, label])]);
  update(false);
}
