// Loads what the view shows: the projected actor graph, or the full graph (actors, events, statements, places,
// articles and sentences, one capped request), and applies the kind and event-type filters on the canvas.
import { api } from '../api.ts';
import { toElements, type GraphInput } from '../graph/to-elements.ts';
import type { GraphView } from '../graph/view.ts';
import type { DateRange } from './timeline-panel.ts';
import type { FilterSelection } from './filters-panel.ts';
import type { Positions } from '../graph/force-positions.ts';

export type Mode = 'actors' | 'full';

/** The full graph is capped: beyond a few thousand nodes the layout and the reader's eye both give up. */
export const FULL_GRAPH_LIMIT = 5000;

// The time range is not sent: it filters on the canvas (applyFilters), so a restored link shows what the slider shows
// and moving the slider back brings the nodes back without a reload.
export async function fetchGraph(mode: Mode): Promise<GraphInput & { truncated: boolean }> {
  if (mode === 'actors') return api.graph({ limit: 5000 });
  return api.fullGraph({ limit: FULL_GRAPH_LIMIT });
}

export async function loadGraph(view: GraphView, mode: Mode, positions?: Positions) {
  const graph = await fetchGraph(mode);
  const elements = toElements(graph);
  // Keep the current positions when every node already has one (a filter change), else lay out afresh.
  const known = positions && graph.nodes.every((n) => positions[n.id]) ? positions : undefined;
  await view.replace(elements, known);
  return { nodes: graph.nodes.length, edges: elements.length - graph.nodes.length, truncated: graph.truncated };
}

export interface TimeFilter {
  range: DateRange | null;
  /** Event id → date (from the timeline), to judge relations by the events they rest on. */
  eventDates: ReadonlyMap<string, string>;
}

/** A relation lies outside the range when it rests on dated events and none of them falls inside. */
export function relationInRange(evidenceIds: readonly string[], time: TimeFilter): boolean {
  if (!time.range) return true;
  const { from, to } = time.range;
  const dates = evidenceIds.map((id) => time.eventDates.get(id)).filter((d): d is string => d !== undefined);
  return dates.length === 0 || dates.some((d) => d >= from && d <= to);
}

/** Hides actors of unchecked kinds, events of unchecked types or outside the range, and relations likewise. */
export function applyFilters(view: GraphView, filters: FilterSelection, time: TimeFilter = { range: null, eventDates: new Map() }): number {
  return view.filter(
    (data) => {
      if (data.nodeType === 'actor') return filters.kinds.has(String(data.kind));
      if (data.nodeType === 'event') {
        const date = typeof data.date === 'string' ? data.date : null;
        const inRange = !time.range || date === null || (date >= time.range.from && date <= time.range.to);
        return filters.eventTypes.has(String(data.eventType)) && inRange;
      }
      return true;
    },
    (data) => {
      const types = Array.isArray(data.eventTypes) ? (data.eventTypes as string[]) : [];
      const typeOk = types.length === 0 || types.some((t) => t === 'STATEMENT' || filters.eventTypes.has(t));
      return typeOk && relationInRange(Array.isArray(data.evidenceIds) ? (data.evidenceIds as string[]) : [], time);
    },
  );
}
