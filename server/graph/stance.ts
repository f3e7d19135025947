// Stance of an actor pair from the event types behind it, in the spirit of GDELT's Goldstein scale squeezed into
// -1 (conflict) … +1 (cooperation). Statements and neutral events count as 0, so a pair seen only in talk is neutral.
import type { EventType } from '../loader/graph-document.ts';

export const STANCE_WEIGHTS: Readonly<Record<EventType, number>> = {
  VISIT: 0.4, MEETING: 0.4, TALKS: 0.4, SUMMIT: 0.5, ARRIVAL: 0.2, DEPLOYMENT: -0.5, MILITARY_EXERCISE: -0.5,
  MISSILE_LAUNCH: -0.8, NUCLEAR_TEST: -1, ATTACK: -1, THREAT: -0.7, CONDEMNATION: -0.6, CRITICISM: -0.4,
  SANCTION: -0.8, AGREEMENT: 0.8, COOPERATION: 0.7, AID: 0.8, PROTEST: -0.5, ELECTION: 0, APPOINTMENT: 0,
  RESIGNATION: 0, ARREST: -0.6, ACQUISITION: 0.2, INVESTMENT: 0.4, TRADE: 0.4, ANNOUNCEMENT: 0, STATEMENT: 0, OTHER: 0,
};

export function stanceWeight(type: string): number {
  return Object.hasOwn(STANCE_WEIGHTS, type) ? STANCE_WEIGHTS[type as EventType] : 0;
}

/** Mean weight over all evidence (each event or statement counts once), rounded to two decimals. */
export function stanceOf(types: readonly string[]): number {
  if (types.length === 0) return 0;
  const mean = types.reduce((sum, t) => sum + stanceWeight(t), 0) / types.length;
  return Math.round(Math.max(-1, Math.min(1, mean)) * 100) / 100;
}
