// Taking actors out of the candidates once statements and events are found: their mentions go, and so do their
// places in events, so the assembled document never names them. Used by the late rules that judge a candidate as a
// whole (thing-named-persons.ts, place-only-states.ts) and by the learned filter (actor-filter.ts).
import type { Candidates } from './actor-features.ts';

export function removeCandidateActors(c: Candidates, keys: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  for (const m of c.table.mentions.filter((x) => keys.has(x.key))) c.table.unmention(m);
  const keep = (k: string) => !keys.has(k);
  for (const e of c.events) {
    e.agents = e.agents.filter(keep);
    e.targets = e.targets.filter(keep);
    e.participants = e.participants.filter(keep);
  }
}
