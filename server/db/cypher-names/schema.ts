// Constraints and indexes, applied in this order at start-up (server/db/apply-schema.ts).
export const SCHEMA_NAMES = [
  'schema/create-constraint-article-id',
  'schema/create-constraint-sentence-id',
  'schema/create-constraint-actor-id',
  'schema/create-constraint-place-id',
  'schema/create-constraint-event-id',
  'schema/create-constraint-statement-id',
  'schema/create-index-event-date',
  'schema/create-index-event-type',
  'schema/create-index-actor-kind',
  'schema/create-index-article-published',
  'schema/create-fulltext-search',
] as const;
