import { error as neo4jErrors, Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isTransientConflict, retryPause, withWriteRetry } from '../../../server/loader/write-retry.ts';

const deadlock = Object.assign(new Error('deadlock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });
const noPause = async () => {};

describe('withWriteRetry', () => {
  it('runs the work again after a deadlock, until it succeeds', async () => {
    let calls = 0;
    const result = await withWriteRetry(async () => {
      calls++;
      if (calls < 3) throw deadlock;
      return 'written';
    }, 6, noPause);
    expect(result).toBe('written');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    let calls = 0;
    await expect(withWriteRetry(async () => { calls++; throw deadlock; }, 4, noPause)).rejects.toBe(deadlock);
    expect(calls).toBe(4);
    calls = 0;
    const constraint = Object.assign(new Error('exists'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    await expect(withWriteRetry(async () => { calls++; throw constraint; }, 4, noPause)).rejects.toBe(constraint);
    expect(calls).toBe(1);
  });

  it('recognises conflicts by their Neo4j code', () => {
    expect(isTransientConflict(deadlock)).toBe(true);
    expect(isTransientConflict(new Error('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(false);
    expect(isTransientConflict(null)).toBe(false);
  });
});

describe('retryPause', () => {
  const unavailable = new Neo4jError('connection refused', neo4jErrors.SERVICE_UNAVAILABLE, '08000', 'connection exception'); // as the driver throws it
  const half = () => 0.5; // no jitter: the pause is the base pause times the attempt

  it('runs a deadlocked article again within milliseconds, a little later each time, not after the driver\'s second', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryPause(deadlock, attempt, 6, half))).toEqual([10, 20, 30, 40, 50]);
    expect(retryPause(deadlock, 6, 6, half)).toBeNull();
  });

  it('gives an unavailable Neo4j one more try a second later, then lets the error through', () => {
    expect(retryPause(unavailable, 1, 6, half)).toBe(1000);
    expect(retryPause(unavailable, 2, 6, half)).toBeNull();
  });

  it('never retries an error that running again cannot mend', () => {
    const syntax = Object.assign(new Error('bad'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(retryPause(syntax, 1)).toBeNull();
    expect(retryPause(new Error('plain'), 1)).toBeNull();
  });
});
