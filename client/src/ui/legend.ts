// The legend: node colours by kind, and the stance scale of edges.
import { KIND_COLORS, KIND_LABELS } from '../graph/style.ts';
import { stanceColor } from '../graph/to-elements.ts';
import { el, fill } from './dom.ts';

export function renderLegend(container: HTMLElement): void {
  const kinds = Object.entries(KIND_COLORS).map(([kind, color]) =>
    el('div', {}, [el('span', { className: 'swatch', attrs: { style: `background:${color}` } }), KIND_LABELS[kind] ?? kind]));
  const stance = el('div', { attrs: { 'aria-label': 'Edge colour: stance from conflict to cooperation' } }, [
    el('div', { attrs: { style: `height:10px;border-radius:3px;background:linear-gradient(90deg,${stanceColor(-1)},${stanceColor(0)},${stanceColor(1)})` } }),
    el('div', { attrs: { style: 'display:flex;justify-content:space-between' }, className: 'hint' }, ['conflict', 'neutral', 'cooperation']),
  ]);
  fill(container, [...kinds, el('p', { className: 'hint', text: 'Edges: stance, width = count' }), stance]);
}
