import { describe, expect, it } from 'vitest';
import { isTransientConflict, withConflictRetry } from '../../../server/loader/write-retry.ts';

const deadlock = Object.assign(new Error('deadlock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });
const noPause = async () => {};

describe('withConflictRetry', () => {
  it('runs the work again after a deadlock, until it succeeds', async () => {
    let calls = 0;
    const result = await withConflictRetry(async () => {
      calls++;
      if (calls < 3) throw deadlock;
      return 'written';
    }, 6, noPause);
    expect(result).toBe('written');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    let calls = 0;
    await expect(withConflictRetry(async () => { calls++; throw deadlock; }, 4, noPause)).rejects.toBe(deadlock);
    expect(calls).toBe(4);
    calls = 0;
    const constraint = Object.assign(new Error('exists'), { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });
    await expect(withConflictRetry(async () => { calls++; throw constraint; }, 4, noPause)).rejects.toBe(constraint);
    expect(calls).toBe(1);
  });

  it('recognises conflicts by their Neo4j code', () => {
    expect(isTransientConflict(deadlock)).toBe(true);
    expect(isTransientConflict(new Error('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(false);
    expect(isTransientConflict(null)).toBe(false);
  });
});
