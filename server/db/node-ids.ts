// Node ids carry their kind ("actor:north-korea"); this maps a prefix to the label that holds the unique constraint,
// so a lookup by id is an index seek on one label rather than a scan over all nodes.
export const NODE_LABEL_BY_PREFIX = {
  article: 'Article',
  sentence: 'Sentence',
  actor: 'Actor',
  place: 'Place',
  event: 'Event',
  statement: 'Statement',
} as const;

export type NodePrefix = keyof typeof NODE_LABEL_BY_PREFIX;
export type NodeLabel = (typeof NODE_LABEL_BY_PREFIX)[NodePrefix];

export function labelOfId(id: string): NodeLabel | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return Object.hasOwn(NODE_LABEL_BY_PREFIX, prefix) ? NODE_LABEL_BY_PREFIX[prefix as NodePrefix] : null;
}

// Lower-case ASCII slug: "Noh Kwan-chol" → "noh-kwan-chol". Deterministic, so a re-load MERGEs onto the same node.
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 120) : 'unnamed';
}
