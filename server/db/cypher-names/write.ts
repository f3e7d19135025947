// Write statements of the loader: batched UNWIND … MERGE, one transaction per article (server/loader/ingest.ts runs
// them in this order: prune what the new document no longer says, merge, then delete orphaned shared nodes).
export const WRITE_NAMES = [
  'write/count-articles',
  'write/prune-article-revision',
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
  'write/merge-article-nodes',
  'write/merge-article-links',
  'write/delete-orphan-shared-nodes',
] as const;
