// The search box: suggestions as you type (debounced), a keyboard-navigable listbox (ArrowUp/Down, Enter, Escape).
import type { GraphNode } from '../../../server/api/dto.ts';
import { el, fill } from './dom.ts';

export interface SearchBoxOptions {
  search(q: string): Promise<GraphNode[]>;
  onChoose(node: GraphNode): void;
}

export function mountSearchBox(input: HTMLInputElement, list: HTMLUListElement, options: SearchBoxOptions): void {
  let hits: GraphNode[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    fill(list, hits.map((hit, i) =>
      el('li', {
        attrs: { role: 'option', id: `search-opt-${i}`, 'aria-selected': String(i === active), 'data-id': hit.id },
        on: { mousedown: (event) => { event.preventDefault(); choose(i); } },
      }, [el('span', { className: 'tag', text: hit.kind }), el('span', { text: hit.label })])));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.label;
    options.onChoose(hit);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      hits = [];
      render();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++generation;
      try {
        const found = await options.search(q);
        if (mine !== generation) return; // a later keystroke already asked again
        hits = found;
        active = hits.length > 0 ? 0 : -1;
      } catch {
        hits = [];
      }
      render();
    }, 180);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
