// Write statements of the loader: batched UNWIND … MERGE, one transaction per article (server/loader/ingest.ts runs
// them in this order: find what the previous load linked, prune what the new document drops, then merge).
export const WRITE_NAMES = [
  'write/count-articles',
  'write/find-article-shared-nodes',
  'write/delete-stale-article-nodes',
  'write/prune-article-links',
  'write/prune-article-affiliations',
  'write/merge-article',
  'write/merge-sentences',
  'write/merge-actors',
  'write/merge-places',
  'write/merge-events',
  'write/merge-statements',
  'write/merge-mentions',
  'write/merge-participations',
  'write/merge-event-places',
  'write/merge-event-responses',
  'write/merge-statement-speakers',
  'write/merge-statement-reporters',
  'write/merge-statement-subjects',
  'write/merge-affiliations',
  'write/delete-orphan-shared-nodes',
] as const;
