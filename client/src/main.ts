// Boots the explorer: creates the view, loads the relationship graph, and wires the panels, toolbar and keyboard.
import { api } from './api.ts';
import { toElements } from './graph/to-elements.ts';
import { createGraphView, type GraphView } from './graph/view.ts';
import { byId, el, fill } from './ui/dom.ts';
import { renderLegend } from './ui/legend.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { ALL_EVENT_TYPES, ALL_KINDS, mountFilters, type FilterSelection } from './ui/filters-panel.ts';
import { mountTimeline, type DateRange } from './ui/timeline-panel.ts';
import { mountConsole } from './ui/console-panel.ts';
import { mountIngestDialog } from './ui/ingest-dialog.ts';
import { createSelectionController } from './ui/selection-controller.ts';
import { createExpansionController } from './ui/expansion-controller.ts';
import { decodeState, encodeState, savedViewSchema, type SavedView } from './ui/url-state.ts';
import { applyFilters, loadGraph, type Mode } from './ui/graph-loader.ts';
import { download } from './ui/download.ts';
import { navOrder, stepSelection } from './ui/keyboard-nav.ts';
import { mountKeyboardShortcuts } from './ui/keyboard-shortcuts.ts';

const initial = decodeState(location.hash);
let mode: Mode = initial.mode;
const filters: FilterSelection = {
  kinds: new Set(initial.kinds ?? ALL_KINDS),
  eventTypes: new Set(initial.eventTypes ?? ALL_EVENT_TYPES),
};
let range: DateRange | null = initial.from && initial.to ? { from: initial.from, to: initial.to } : null;
const statusBox = byId('graph-status');
const eventDates = new Map<string, string>();
const filterNow = () => applyFilters(view, filters, { range, eventDates });

function status(text: string, more?: { label: string; run: () => void }): void {
  fill(statusBox, [text, more ? el('button', { text: more.label, attrs: { type: 'button' }, on: { click: more.run } }) : null]);
}

const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
(byId<HTMLInputElement>('opt-webgl')).checked = webgl;
const view: GraphView = createGraphView(byId('cy'), {
  onSelect: (id, group) => { void selection.show(id, group); saveUrl(); },
  onExpand: (id) => expandNode(id),
  onLayoutProgress: (m) => status(m),
}, { webgl });
const selection = createSelectionController(() => view, byId('details'), byId('reader'), {
  expand: (id) => expandNode(id),
  preview: (id) => expansion.preview(id),
});
const expansion = createExpansionController(() => view, status, () => {
  byId<HTMLButtonElement>('btn-undo').disabled = !expansion.history.canUndo;
  byId<HTMLButtonElement>('btn-redo').disabled = !expansion.history.canRedo;
  saveUrl();
});

/** What a filter change hid: nodes, and relations (a date range often hides only relations). */
function filteredText(nodes: number): string {
  return `Filtered out: ${nodes} nodes, ${view.filteredEdgeCount()} relations`;
}

/** Every way of expanding (double-click, button, Enter, the preview's "load next") ends with a fresh preview. */
function expandNode(id: string): void {
  void expansion.expand(id).then(() => {
    if (view.selectedIds().includes(id)) return selection.show(id, 'nodes');
  }).catch(showError);
}

function showError(error: unknown): void {
  status(error instanceof Error ? error.message : String(error));
}

function saveUrl(): void {
  const hash = encodeState({
    mode,
    kinds: filters.kinds.size === ALL_KINDS.length ? undefined : [...filters.kinds],
    eventTypes: filters.eventTypes.size === ALL_EVENT_TYPES.length ? undefined : [...filters.eventTypes],
    ...(range ?? {}),
    selected: view.selectedIds().filter((id) => !id.includes('|')),
    hidden: view.hiddenIds(),
    expanded: expansion.expandedIds(),
  });
  history.replaceState(null, '', `#${hash}`);
}

async function reload(positions?: SavedView['positions']): Promise<void> {
  status('Loading graph…');
  const result = await loadGraph(view, mode, positions);
  expansion.reset();
  const hidden = filterNow();
  status(`${result.nodes} nodes, ${result.edges} edges${result.truncated ? ' (capped)' : ''}${hidden ? ` · ${hidden} filtered out` : ''}`);
  byId('mode-actors').setAttribute('aria-pressed', String(mode === 'actors'));
  byId('mode-full').setAttribute('aria-pressed', String(mode === 'full'));
  saveUrl();
}

async function restore(state: { selected: string[]; hidden: string[]; expanded: string[] }): Promise<void> {
  for (const id of state.expanded) if (view.has(id)) await expansion.expand(id).catch(() => undefined);
  view.setHidden(state.hidden.filter((id) => view.has(id)), true);
  const first = state.selected.find((id) => view.has(id));
  if (first) {
    view.select(first);
    void selection.show(first, 'nodes');
  }
}

async function boot(): Promise<void> {
  renderLegend(byId('legend'));
  await reload();
  await restore(initial);
  const timeline = await api.timeline({ limit: 2000 }).catch(() => ({ events: [], truncated: false }));
  const types = [...new Set(timeline.events.map((e) => e.type))].sort();
  for (const e of timeline.events) if (e.date) eventDates.set(e.id, e.date);
  filterNow();
  mountFilters(byId('kind-filters'), byId('event-type-filters'), filters, types, () => {
    status(filteredText(filterNow()));
    saveUrl();
  });
  mountTimeline(byId('timeline'), timeline.events, range ?? {}, (r) => {
    // Client-side, so positions stay put while the slider moves: events outside and relations resting on them hide.
    range = r;
    status(filteredText(filterNow()));
    saveUrl();
  });
  const consolePanel = mountConsole({
    run: (query) => api.cypher(query),
    runSaved: (name, params) => api.runSaved(name, params),
    onGraph: (result, merge) => {
      if (merge) {
        view.add(toElements(result.graph, new Set(view.nodeIds())));
        filterNow();
      } else void view.replace(toElements(result.graph));
    },
  });
  api.queries().then((q) => consolePanel.setSavedQueries(q.queries)).catch(() => undefined);
  toggleConsole = () => consolePanel.toggle();
  document.body.dataset.ready = 'true';
}

mountSearchBox(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-list'), {
  search: async (q) => (await api.search(q, 10)).results.map((r) => r.node),
  onChoose: async (node) => {
    if (!view.has(node.id)) view.add(toElements({ nodes: [node], edges: [] }));
    view.select(node.id);
    await selection.show(node.id, 'nodes');
  },
});

const selectedNode = () => view.selectedIds().find((id) => !id.includes('|'));
const on = (id: string, run: () => void) => byId(id).addEventListener('click', run);
on('btn-expand', () => { const id = selectedNode(); if (id) expandNode(id); });
on('btn-collapse', () => { const id = selectedNode(); if (id) expansion.collapse(id); });
on('btn-hide', () => expansion.hide(view.selectedIds().filter((id) => !id.includes('|'))));
on('btn-hide-others', () => expansion.hide(view.unselectedVisibleNodeIds()));
on('btn-show-all', () => expansion.showAll());
on('btn-undo', () => expansion.history.undo());
on('btn-redo', () => expansion.history.redo());
on('mode-actors', () => { mode = 'actors'; void reload().catch(showError); });
on('mode-full', () => { mode = 'full'; void reload().catch(showError); });
on('btn-png', () => download('newsgraph.png', view.png()));
on('btn-json', () => {
  const state = decodeState(location.hash);
  const saved: SavedView = { ...state, version: 1, positions: view.positions(), viewport: view.viewport() };
  download('newsgraph-view.json', `data:application/json,${encodeURIComponent(JSON.stringify(saved, null, 2))}`);
});
byId<HTMLInputElement>('load-view').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const parsed = savedViewSchema.safeParse(JSON.parse(await file.text()));
  if (!parsed.success) return status('That file is not a saved newsgraph view.');
  mode = parsed.data.mode;
  range = parsed.data.from && parsed.data.to ? { from: parsed.data.from, to: parsed.data.to } : null;
  await reload(parsed.data.positions);
  await restore(parsed.data);
  if (parsed.data.viewport) view.setViewport(parsed.data.viewport.zoom, parsed.data.viewport.pan);
});
byId<HTMLInputElement>('opt-webgl').addEventListener('change', (event) => {
  const params = new URLSearchParams(location.search);
  if ((event.target as HTMLInputElement).checked) params.set('renderer', 'webgl');
  else params.delete('renderer');
  location.search = params.toString();
});
on('btn-path', async () => {
  const ids = view.selectedIds().filter((id) => !id.includes('|'));
  const out = byId('path-result');
  if (ids.length !== 2) return void (out.textContent = 'Select exactly two nodes (Shift+click the second).');
  try {
    const found = await api.paths(ids[0] ?? '', ids[1] ?? '');
    const path = found.paths[0];
    if (!path) return void (out.textContent = 'No path within 4 steps.');
    view.add(toElements(found, new Set(view.nodeIds())));
    view.highlight([...path.nodeIds, ...path.edgeIds]);
    out.textContent = `Path (${path.length} steps): ${path.nodeIds.map((id) => String(view.dataOf(id)?.label ?? id)).join(' → ')}`;
  } catch (error) {
    out.textContent = error instanceof Error ? error.message : String(error);
  }
});
mountIngestDialog(byId('btn-ingest'), () => reload());

let toggleConsole = (): void => undefined;

/** Arrow keys on the canvas: select the next (or previous) visible node, centre it and show its details. */
function stepNode(step: 1 | -1): void {
  const order = navOrder(view.visibleNodes());
  const next = stepSelection(order, selectedNode(), step);
  if (!next) return;
  view.select(next);
  void selection.show(next, 'nodes');
  status(`Selected ${String(view.dataOf(next)?.label ?? next)} (${order.indexOf(next) + 1} of ${order.length}) · Enter expands`);
  saveUrl();
}

mountKeyboardShortcuts({
  toggleConsole: () => toggleConsole(),
  undo: () => void expansion.history.undo(),
  redo: () => void expansion.history.redo(),
  hideSelected: () => expansion.hide(view.selectedIds().filter((id) => !id.includes('|'))),
  focusSearch: () => byId('search-input').focus(),
  clearHighlight: () => view.highlight([]),
  expandSelected: () => { const id = selectedNode(); if (id) expandNode(id); },
  step: stepNode,
});

// A read-only window into the view for the end-to-end tests (they also click and look at screenshots).
declare global { interface Window { newsgraph: { view: GraphView; openEvidence(sentenceId: string): Promise<void> } } }
window.newsgraph = { view, openEvidence: (id) => selection.openEvidence(id) };

boot().catch(showError);
