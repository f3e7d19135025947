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

/** The merges, nodes before the relationships between them (pruning a previous load comes first: pruneParams). */
export function ingestSteps(r: IngestRows): IngestStep[] {
  const { articleId, sentencePrefix } = r;
  const rowStep = (name: CypherName, rows: readonly object[], params: Record<string, unknown> = {}): IngestStep => ({ name, params, rows });
  return [
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

/** Parameters of write/prune-article-revision: what the new document keeps, so everything else of the article goes. */
export function pruneParams(r: IngestRows): Record<string, unknown> {
  return {
    articleId: r.articleId,
    keepIds: [...r.actors.map((a) => a.id), ...r.places.map((p) => p.id)],
    ownedIds: [...r.events.map((e) => e.id), ...r.statements.map((s) => s.id)],
    sentenceIds: r.sentences.map((s) => s.id),
    keys: r.linkKeys,
    sentencePrefix: r.sentencePrefix,
    affiliationKeys: r.affiliationKeys,
  };
}
