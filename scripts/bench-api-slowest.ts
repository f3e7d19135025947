// What the slowest 1% of a benchmark row were (scripts/bench-api.ts): requests to the few hub actors, requests that a
// garbage-collection pause of the server fell into, or stalls that hit several clients at once (the machine busy with
// something else, a burst of answers queued in the server's one event loop). Latency under a closed loop of clients
// is mostly queueing, so this says whether the tail is the work of particular requests or of the moments they met.
import type { SlowRequest } from './bench-api-client.ts';

// Two slow requests that started within this many ms of each other are counted as one stall meeting both.
const SAME_STALL_MS = 50;

/**
 * One line about the slowest requests. isHub tells a request to a hub actor apart (undefined: the URL names none);
 * gcSpans are the server's pauses as [start, duration], both clocks in ms since the epoch.
 */
export function describeSlowest(slowest: SlowRequest[], gcSpans: [number, number][], isHub: (url: string) => boolean | undefined): string {
  if (slowest.length === 0) return 'no requests';
  const ms = slowest.map((s) => s.ms);
  const parts = [`slowest 1% (${slowest.length}, ${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)} ms):`];
  const hubs = slowest.map((s) => isHub(s.url)).filter((h) => h !== undefined);
  if (hubs.length > 0) parts.push(`${hubs.filter(Boolean).length} to a hub actor,`);
  const overlapping = slowest.filter((s) => gcSpans.some(([start, duration]) => start < s.startedAt + s.ms && start + duration > s.startedAt));
  parts.push(`${overlapping.length} with a server GC pause inside,`);
  const starts = slowest.map((s) => s.startedAt).sort((a, b) => a - b);
  const clustered = starts.filter((t, i) => (i > 0 && t - (starts[i - 1] as number) <= SAME_STALL_MS) || (i + 1 < starts.length && (starts[i + 1] as number) - t <= SAME_STALL_MS));
  parts.push(`${clustered.length} started within ${SAME_STALL_MS} ms of another slow one (a stall meeting several clients)`);
  return parts.join(' ');
}
