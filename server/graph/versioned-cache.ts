// A small in-memory cache for answers that are expensive to compute and change only when the graph does (the
// relationship view: seconds of aggregation at 100k nodes). Each entry remembers the graph version it was computed
// at; a lookup at another version recomputes. Concurrent lookups of the same key and version share one computation
// (fifty clients asking for the same view cost one query, not fifty), a failed computation is not kept, entries
// expire after `ttlMs` (a bound on staleness for changes the version cannot see) and the least recently used entry
// goes when there are more than `maxEntries`. Pure apart from the clock it is given.
export interface VersionedCache<V> {
  get(key: string, version: string, compute: () => Promise<V>): Promise<V>;
  readonly size: number;
}

interface Entry<V> {
  version: string;
  expiresAt: number;
  value: Promise<V>;
}

export function createVersionedCache<V>(options: { maxEntries: number; ttlMs: number; now?: () => number }): VersionedCache<V> {
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, Entry<V>>();
  return {
    get(key, version, compute) {
      const entry = entries.get(key);
      entries.delete(key);
      if (entry && entry.version === version && entry.expiresAt > now()) {
        entries.set(key, entry); // most recently used goes last
        return entry.value;
      }
      const fresh: Entry<V> = { version, expiresAt: now() + options.ttlMs, value: compute() };
      entries.set(key, fresh);
      fresh.value.catch(() => {
        if (entries.get(key) === fresh) entries.delete(key);
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= options.maxEntries) break;
        entries.delete(oldest);
      }
      return fresh.value;
    },
    get size() {
      return entries.size;
    },
  };
}
