// At most `limit` of the given tasks run at once; the others wait their turn, first come first served. The
// relationship view uses it: one uncached view holds tens of megabytes of Neo4j's transaction memory, and fifty at
// once overran the pool (MemoryPoolOutOfMemoryError, answered as errors); queued they are only late. Pure.
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run(task) {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
