// Articles share actors, so two articles written at once can deadlock on an actor's locks; Neo4j aborts one of them
// with a transient error and the driver retries it, but only for its maxTransactionRetryTime (under a second:
// server/db/database.ts keeps it short so that an outage answers 503 fast). On a busy machine that window can pass,
// so an article's transaction — all-or-nothing, so safe to run again — gets a few more attempts with a growing,
// jittered pause.
export const WRITE_ATTEMPTS = 6;

export function isTransientConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && (code === 'Neo.TransientError.Transaction.DeadlockDetected' ||
    code === 'Neo.TransientError.Transaction.LockClientStopped' || code === 'Neo.TransientError.Transaction.Outdated');
}

export async function withConflictRetry<T>(
  work: () => Promise<T>,
  attempts = WRITE_ATTEMPTS,
  pause: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await pause(Math.round(100 * attempt * (0.5 + Math.random())));
    }
  }
}
