// V8 settings for the process that serves the API, applied before it allocates much (server/index.ts; the API
// benchmark too, as it serves the app in its own process).
// Allocation-site pretenuring off: V8 watches which allocation sites' objects survive a scavenge and, past a
// threshold, allocates them straight in the old generation. Under concurrent reads the Bolt decoder's sites cross it
// (ten answers in flight are alive at every scavenge), so every later answer's maps, lists and strings went to the old
// generation: about 3 MB promoted per scavenge, a full mark-compact every two seconds or so, and scavenges of 4-19 ms
// (mean 6.6) that pause every request in flight. Without it those objects die young, where they belong. Measured with
// the 2-hop expansion at 10 clients, the same run in alternating rounds: server CPU 1.67 -> 1.42 ms per request, lower
// in all six rounds; the heap after each scavenge stays flat instead of climbing.
import { setFlagsFromString } from 'node:v8';

let applied = false;

export function applyRuntimeFlags(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}
