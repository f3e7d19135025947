// Checkbox filters for actor kinds and event types. Reports the checked sets; an unchecked box hides that kind.
import { ACTOR_KINDS, EVENT_TYPES } from '../../../server/loader/graph-document.ts';
import { KIND_COLORS, KIND_LABELS } from '../graph/style.ts';
import { el, fill } from './dom.ts';

export interface FilterSelection {
  kinds: Set<string>;
  eventTypes: Set<string>;
}

export const ALL_KINDS: readonly string[] = ACTOR_KINDS;
export const ALL_EVENT_TYPES: readonly string[] = EVENT_TYPES;

function checkboxes(container: HTMLElement, values: readonly string[], checked: Set<string>, name: string, onChange: () => void, color?: (v: string) => string | undefined): void {
  fill(container, values.map((value) => {
    const box = el('input', { attrs: { type: 'checkbox', name, value } });
    box.checked = checked.has(value);
    box.addEventListener('change', () => {
      if (box.checked) checked.add(value);
      else checked.delete(value);
      onChange();
    });
    const swatch = color?.(value);
    return el('label', { className: 'check' }, [box, swatch ? el('span', { className: 'swatch', attrs: { style: `background:${swatch}` } }) : null, KIND_LABELS[value] ?? value.toLowerCase().replace(/_/g, ' ')]);
  }));
}

export function mountFilters(kindBox: HTMLElement, typeBox: HTMLElement, selection: FilterSelection, presentTypes: readonly string[], onChange: () => void): void {
  checkboxes(kindBox, ALL_KINDS, selection.kinds, 'kind', onChange, (k) => KIND_COLORS[k]);
  // Only the event types present in the graph, to keep the list short.
  checkboxes(typeBox, presentTypes.length > 0 ? presentTypes : [], selection.eventTypes, 'eventType', onChange);
  if (presentTypes.length === 0) fill(typeBox, [el('p', { className: 'hint', text: 'No events loaded.' })]);
}
