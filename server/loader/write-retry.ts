// When an article's transaction (all-or-nothing, and idempotent: safe to run again) fails for a reason that may pass,
// it is run again. Two kinds, paced differently:
// - A conflict with another article's transaction (they share actors: Neo4j aborts one of two that deadlock) is over
//   as soon as the other commits, so the loser runs again almost at once. The driver's own retry slept about a second
//   here, which cost `npm run load` (two articles in flight) a third of its speed on the load benchmark.
// - Any other transient failure the driver names retryable (Neo4j briefly unavailable, a lost connection) gets one
//   more try about a second later, as the driver gave it, so an outage still answers 503 in about a second.
import { isRetryableError } from 'neo4j-driver';

export const WRITE_ATTEMPTS = 6;
const CONFLICT_PAUSE_MS = 10;
const UNAVAILABLE_PAUSE_MS = 1_000;

export function isTransientConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && (code === 'Neo.TransientError.Transaction.DeadlockDetected' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped' || code === 'Neo.TransientError.Transaction.Outdated');
}

/** Milliseconds to wait before attempt `attempt + 1`, or null when the error is final. Jittered so two losers part. */
export function retryPause(error: unknown, attempt: number, attempts = WRITE_ATTEMPTS, random: () => number = Math.random): number | null {
  if (attempt >= attempts) return null;
  if (isTransientConflict(error)) return Math.round(CONFLICT_PAUSE_MS * attempt * (0.5 + random()));
  if (attempt === 1 && isRetryableError(error)) return UNAVAILABLE_PAUSE_MS;
  return null;
}

export async function withWriteRetry<T>(
  work: () => Promise<T>,
  attempts = WRITE_ATTEMPTS,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const ms = retryPause(error, attempt, attempts);
      if (ms === null) throw error;
      await pause(ms);
    }
  }
}
