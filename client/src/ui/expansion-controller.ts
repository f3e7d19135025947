// Expand, collapse, hide and show, each an undoable command. Expanding first asks what lies beyond (the preview:
// "12 events, 4 statements — load next 20"), then adds one page of what is not yet on the canvas; an expansion
// remembers what it added so collapsing removes exactly that.
import { api } from '../api.ts';
import { History } from '../graph/history.ts';
import { toElements } from '../graph/to-elements.ts';
import { describeCounts, nextPage, previewOf, type ExpandPreview } from '../graph/expand-page.ts';
import type { GraphView } from '../graph/view.ts';
import type { Neighbourhood } from '../../../server/api/dto.ts';
import type { ElementDefinition } from 'cytoscape';

export const PAGE = 20;
/** Neighbours asked for per preview: enough to count what lies beyond and to page through without asking again. */
const PREVIEW_LIMIT = 1000;

type Status = (text: string, more?: { label: string; run: () => void }) => void;

export function createExpansionController(view: () => GraphView, status: Status, onChange: () => void) {
  const history = new History(onChange);
  const expansions = new Map<string, string[]>();

  const neighbours = (id: string): Promise<Neighbourhood> => api.neighbours(id, { limit: PREVIEW_LIMIT });
  const onCanvas = () => new Set(view().nodeIds());

  /** What expanding `id` would add, without adding it. */
  async function preview(id: string): Promise<ExpandPreview> {
    return previewOf(await neighbours(id), onCanvas());
  }

  function offerMore(id: string, prefix: string, remaining: ExpandPreview): void {
    if (remaining.total > 0) {
      status(`${prefix}Not shown: ${describeCounts(remaining.byType)} — `, { label: `load next ${Math.min(PAGE, remaining.total)}`, run: () => void expand(id).catch((e: unknown) => status(String(e))) });
    } else status(`${prefix}Nothing more beyond.`);
  }

  async function expand(id: string): Promise<void> {
    status('Expanding…');
    const hood = await neighbours(id);
    const v = view();
    const { graph, remaining } = nextPage(hood, onCanvas(), PAGE);
    const elements: ElementDefinition[] = toElements(graph, onCanvas());
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
    offerMore(id, `Added ${added.filter((a) => !a.includes('|')).length} nodes. `, remaining);
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

  return { expand, preview, collapse, hide, showAll, history, expandedIds: () => [...expansions.keys()], reset: () => { expansions.clear(); history.clear(); } };
}
