// Expand, collapse, hide and show, each an undoable command. An expansion remembers what it added so collapsing
// removes exactly that; the preview line says what lies beyond the limit and offers the next page.
import { api } from '../api.ts';
import { History } from '../graph/history.ts';
import { toElements } from '../graph/to-elements.ts';
import type { GraphView } from '../graph/view.ts';
import type { ElementDefinition } from 'cytoscape';

export const PAGE = 20;

export function describeBeyond(byType: Record<string, number>): string {
  const parts = Object.entries(byType).filter(([, n]) => n > 0).map(([type, n]) => `${n} ${type}${n === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function createExpansionController(view: () => GraphView, status: (text: string, more?: { label: string; run: () => void }) => void, onChange: () => void) {
  const history = new History(onChange);
  const expansions = new Map<string, string[]>();
  const limits = new Map<string, number>();

  async function expand(id: string, limit = PAGE): Promise<void> {
    status(`Expanding…`);
    const hood = await api.neighbours(id, { limit });
    const v = view();
    const elements = toElements(hood, new Set(v.nodeIds()));
    let added: string[] = [];
    let removed: ElementDefinition[] = [];
    history.run({
      label: `expand ${id}`,
      apply: () => {
        if (removed.length > 0) v.restore(removed);
        else added = v.add(elements, id);
        expansions.set(id, [...(expansions.get(id) ?? []), ...added]);
      },
      revert: () => {
        removed = v.remove(added.filter((a) => v.has(a)));
        expansions.set(id, (expansions.get(id) ?? []).filter((a) => !added.includes(a)));
      },
    });
    limits.set(id, limit);
    const beyond = describeBeyond(hood.beyond.byType);
    const newNodes = added.filter((a) => !a.includes('|')).length;
    if (hood.beyond.total > 0) {
      status(`Added ${newNodes} nodes. Beyond: ${beyond} — `, { label: `load next ${PAGE}`, run: () => void expand(id, limit + PAGE) });
    } else status(`Added ${newNodes} nodes; nothing more beyond.`);
  }

  function collapse(id: string): void {
    const v = view();
    const added = (expansions.get(id) ?? []).filter((a) => v.has(a) && a !== id);
    if (added.length === 0) {
      status('Nothing to collapse: this node was not expanded.');
      return;
    }
    let removed: ElementDefinition[] = [];
    history.run({
      label: `collapse ${id}`,
      apply: () => {
        removed = v.remove(added);
        expansions.delete(id);
      },
      revert: () => {
        v.restore(removed);
        expansions.set(id, added);
      },
    });
    status(`Collapsed ${added.filter((a) => !a.includes('|')).length} nodes.`);
  }

  function hide(ids: string[]): void {
    if (ids.length === 0) return;
    const v = view();
    history.run({ label: `hide ${ids.length}`, apply: () => v.setHidden(ids, true), revert: () => v.setHidden(ids, false) });
  }

  function showAll(): void {
    const v = view();
    const hidden = v.hiddenIds();
    if (hidden.length > 0) history.run({ label: 'show all', apply: () => v.setHidden(hidden, false), revert: () => v.setHidden(hidden, true) });
  }

  return { expand, collapse, hide, showAll, history, expandedIds: () => [...expansions.keys()], reset: () => { expansions.clear(); history.clear(); } };
}
