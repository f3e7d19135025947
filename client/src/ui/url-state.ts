// The view state in the URL hash (filters, selection, hidden nodes, mode) and in a saved JSON file (the same plus
// positions and viewport). Parsed with zod on the way in: a hand-edited or stale link falls back to defaults.
import { z } from 'zod';

export const viewStateSchema = z.object({
  mode: z.enum(['actors', 'full']).default('actors'),
  kinds: z.array(z.string()).optional(),
  eventTypes: z.array(z.string()).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  selected: z.array(z.string()).default([]),
  hidden: z.array(z.string()).default([]),
  expanded: z.array(z.string()).default([]),
});
export type ViewState = z.infer<typeof viewStateSchema>;

export const savedViewSchema = viewStateSchema.extend({
  version: z.literal(1),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).default({}),
  viewport: z.object({ zoom: z.number(), pan: z.object({ x: z.number(), y: z.number() }) }).optional(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

const LISTS = ['kinds', 'eventTypes', 'selected', 'hidden', 'expanded'] as const;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.mode !== 'actors') params.set('mode', state.mode);
  for (const key of LISTS) {
    const list = state[key];
    if (list && (list.length > 0 || key === 'kinds' || key === 'eventTypes')) params.set(key, list.join(','));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params.toString();
}

export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw: Record<string, unknown> = {};
  for (const [key, value] of params) {
    raw[key] = (LISTS as readonly string[]).includes(key) ? value.split(',').filter((v) => v.length > 0) : value;
  }
  const parsed = viewStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : viewStateSchema.parse({});
}
