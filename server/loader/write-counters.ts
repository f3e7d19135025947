// The driver's per-statement update counters, summed over one article's transaction (and over a whole load run).
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

const KEYS: readonly (keyof WriteCounters)[] = [
  'nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet', 'labelsAdded', 'labelsRemoved',
];

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0, labelsRemoved: 0 };
}

/** Adds the counters present in `more` (the driver's updates() also reports index and constraint counts: ignored). */
export function addCounters(base: WriteCounters, more: Partial<WriteCounters>): WriteCounters {
  const sum = { ...base };
  for (const key of KEYS) sum[key] += more[key] ?? 0;
  return sum;
}
