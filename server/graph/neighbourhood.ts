// What an expansion says about the nodes it found but left out: per-type counts, so a client can say "12 more events,
// 40 more sentences" before loading them. The walk, the choice of what to keep (nearest first, actors, events,
// statements, places, articles, sentences, then by id) and the counting happen in cypher/read/expand-neighbours.cypher;
// this turns its [type, count] pairs into the answer's shape. Pure.
import type { Neighbourhood } from '../api/dto.ts';

export function beyondByType(pairs: readonly (readonly [string, unknown])[]): Neighbourhood['beyond'] {
  const byType: Record<string, number> = {};
  for (const [type, count] of pairs) byType[type] = (byType[type] ?? 0) + Number(count);
  return { total: Object.values(byType).reduce((a, b) => a + b, 0), byType };
}

/** Neo4j answers integers as driver Integers; the step counters are small, so plain numbers. */
export function stepWasCut(stepRows: readonly unknown[], frontierSizes: readonly unknown[], limits: { stepRows: number; maxFrontier: number }): boolean {
  return stepRows.some((rows) => Number(rows) >= limits.stepRows) || frontierSizes.some((size) => Number(size) > limits.maxFrontier);
}
