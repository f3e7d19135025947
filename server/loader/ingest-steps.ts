// The ordered cypher/write statements that load one article, with their parameters. Pure: server/loader/ingest.ts
// runs them in one transaction (each batched statement once, with all its rows), and the benchmark runs the same
// steps row by row to measure what batching buys.
import type { CypherName } from '../db/cypher-names.ts';
import type { IngestRows } from './ingest-rows.ts';

export interface IngestStep {
  name: CypherName;
  /** Parameters besides the rows. */
  params: Record<string, unknown>;
  /** The rows for `$rows`, or null for a statement without rows. */
  rows: readonly object[] | null;
}

/** Prunes first (what the new document no longer says, when the article was loaded before), then merges. */
export function ingestSteps(r: IngestRows): IngestStep[] {
  const { articleId, sentencePrefix } = r;
  const rowStep = (name: CypherName, rows: readonly object[], params: Record<string, unknown> = {}): IngestStep => ({ name, params, rows });
  return [
    {
      name: 'write/delete-stale-article-nodes',
      params: { articleId, ownedIds: [...r.events.map((e) => e.id), ...r.statements.map((s) => s.id)], sentenceIds: r.sentences.map((s) => s.id) },
      rows: null,
    },
    { name: 'write/prune-article-links', params: { articleId, keys: r.linkKeys }, rows: null },
    { name: 'write/prune-article-affiliations', params: { articleId, sentencePrefix, keys: r.affiliationKeys }, rows: null },
    { name: 'write/merge-article', params: { ...r.article }, rows: null },
    rowStep('write/merge-sentences', r.sentences, { articleId }),
    rowStep('write/merge-actors', r.actors),
    rowStep('write/merge-places', r.places),
    rowStep('write/merge-events', r.events, { articleId }),
    rowStep('write/merge-statements', r.statements, { articleId }),
    rowStep('write/merge-mentions', r.mentions),
    rowStep('write/merge-participations', r.participations),
    rowStep('write/merge-event-places', r.eventPlaces),
    rowStep('write/merge-event-responses', r.eventResponses),
    rowStep('write/merge-statement-speakers', r.speakers),
    rowStep('write/merge-statement-reporters', r.reporters),
    rowStep('write/merge-statement-subjects', r.subjects),
    rowStep('write/merge-affiliations', r.affiliations, { sentencePrefix }),
  ];
}

/** Actor and place ids the document names: the shared nodes a re-load must not treat as orphans. */
export function sharedIds(r: IngestRows): string[] {
  return [...r.actors.map((a) => a.id), ...r.places.map((p) => p.id)];
}
