import { describe, expect, it } from 'vitest';
import { STANCE_WEIGHTS, stanceOf } from '../../../server/graph/stance.ts';
import { relationProperties } from '../../../server/graph/relation-graph.repository.ts';
import { EVENT_TYPES } from '../../../server/loader/graph-document.ts';
import { createVersionedCache } from '../../../server/graph/versioned-cache.ts';
import { createGate } from '../../../server/graph/gate.ts';
import { relationQueryKey } from '../../../server/graph/relation-graph.repository.ts';

describe('stance', () => {
  it('weighs every event type within -1..+1', () => {
    expect(Object.keys(STANCE_WEIGHTS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const w of Object.values(STANCE_WEIGHTS)) expect(Math.abs(w)).toBeLessThanOrEqual(1);
  });

  it('is the mean weight, neutral for statements, unknown types and no evidence', () => {
    expect(stanceOf([])).toBe(0);
    expect(stanceOf(['STATEMENT', 'UNHEARD_OF'])).toBe(0);
    expect(stanceOf(['AGREEMENT', 'ATTACK'])).toBe(-0.1);
    expect(stanceOf(['NUCLEAR_TEST', 'ATTACK'])).toBe(-1);
  });
});

describe('relationProperties', () => {
  it('counts each event or statement once and de-duplicates sentence ids', () => {
    expect(
      relationProperties({
        types: ['THREAT', 'THREAT', 'STATEMENT'],
        evidenceIds: ['event:a:1', 'event:a:1', 'statement:a:1'],
        sentenceIdLists: [['sentence:a:1', 'sentence:a:1'], ['sentence:a:1'], ['sentence:a:2']],
      }),
    ).toEqual({
      count: 2,
      eventTypes: { THREAT: 1, STATEMENT: 1 },
      stance: -0.35,
      sentenceIds: ['sentence:a:1', 'sentence:a:2'],
      evidenceIds: ['event:a:1', 'statement:a:1'],
    });
  });

  it('lists evidence and sentences in natural order, whatever order the matches came in', () => {
    const forward = { types: ['THREAT', 'TALKS'], evidenceIds: ['event:b:10', 'event:a:2'], sentenceIdLists: [['sentence:b:10'], ['sentence:a:2', 'sentence:b:9']] };
    const backward = { types: ['TALKS', 'THREAT'], evidenceIds: ['event:a:2', 'event:b:10'], sentenceIdLists: [['sentence:b:9', 'sentence:a:2'], ['sentence:b:10']] };
    expect(relationProperties(forward)).toEqual(relationProperties(backward));
    expect(relationProperties(forward)).toMatchObject({ evidenceIds: ['event:a:2', 'event:b:10'], sentenceIds: ['sentence:a:2', 'sentence:b:9', 'sentence:b:10'] });
  });
});

function counter() {
  let calls = 0;
  return {
    compute: (value: string) => () => {
      calls++;
      return Promise.resolve(value);
    },
    get calls() {
      return calls;
    },
  };
}

describe('the relationship view cache (createVersionedCache)', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10, ttlMs: 60_000 });
    const c = counter();
    expect(await cache.get('k', 'v1', c.compute('a'))).toBe('a');
    expect(await cache.get('k', 'v1', c.compute('b'))).toBe('a');
    expect(c.calls).toBe(1);
    expect(await cache.get('k', 'v2', c.compute('c'))).toBe('c');
    expect(await cache.get('other', 'v2', c.compute('d'))).toBe('d');
    expect(c.calls).toBe(3);
  });

  it('shares one computation among concurrent lookups', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10, ttlMs: 60_000 });
    let release: (value: string) => void = () => {};
    let calls = 0;
    const slow = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const waiting = Array.from({ length: 50 }, () => cache.get('k', 'v1', slow));
    release('done');
    expect(await Promise.all(waiting)).toEqual(Array(50).fill('done'));
    expect(calls).toBe(1);
  });

  it('does not keep a failed computation', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 10, ttlMs: 60_000 });
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('Neo4j busy')))).rejects.toThrow('Neo4j busy');
    expect(await cache.get('k', 'v1', () => Promise.resolve('second try'))).toBe('second try');
  });

  it('recomputes after the time to live', async () => {
    let clock = 0;
    const cache = createVersionedCache<string>({ maxEntries: 10, ttlMs: 1_000, now: () => clock });
    const c = counter();
    await cache.get('k', 'v1', c.compute('a'));
    clock = 999;
    expect(await cache.get('k', 'v1', c.compute('b'))).toBe('a');
    clock = 1_000;
    expect(await cache.get('k', 'v1', c.compute('c'))).toBe('c');
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const cache = createVersionedCache<string>({ maxEntries: 2, ttlMs: 60_000 });
    const c = counter();
    await cache.get('a', 'v1', c.compute('a'));
    await cache.get('b', 'v1', c.compute('b'));
    await cache.get('a', 'v1', c.compute('a again')); // a is now the most recent
    await cache.get('c', 'v1', c.compute('c'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'v1', c.compute('a recomputed'))).toBe('a');
    expect(await cache.get('b', 'v1', c.compute('b recomputed'))).toBe('b recomputed');
  });
});

describe('createGate (how many relationship views are computed at once)', () => {
  it('runs at most `limit` tasks at a time, the rest in arrival order, and passes results and failures through', async () => {
    const gate = createGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const task = (i: number) => () =>
      new Promise<number>((resolve) => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        releases.push(() => {
          running--;
          resolve(i);
        });
      });
    const results = [0, 1, 2, 3, 4].map((i) => gate.run(task(i)));
    const failed = expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    while (releases.length > 0 || order.length < 5) {
      await new Promise((r) => setTimeout(r, 0));
      releases.shift()?.();
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    await failed;
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(await gate.run(() => Promise.resolve('free again'))).toBe('free again');
  });
});

describe('relationQueryKey', () => {
  it('is the same for the same question asked with lists in another order, and differs otherwise', () => {
    const query = { kinds: ['state', 'person'], eventTypes: [], from: '2024-03-01', to: undefined, limit: 500 };
    expect(relationQueryKey(query)).toBe(relationQueryKey({ ...query, kinds: ['person', 'state'] }));
    expect(relationQueryKey(query)).not.toBe(relationQueryKey({ ...query, limit: 499 }));
    expect(relationQueryKey(query)).not.toBe(relationQueryKey({ ...query, from: undefined, to: '2024-03-01' }));
  });
});
