// Writes one GraphDocument into Neo4j: validated first, then ONE write transaction running the batched statements
// of cypher/write/ in order (server/loader/ingest-steps.ts). Any failure rolls the whole article back. Loading the
// same document twice changes nothing; loading a changed extraction replaces the article's own sentences, events
// and statements and their links, leaving shared actors' links from other articles alone.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { CypherRegistry } from '../db/cypher-registry.ts';
import type { GraphDocument } from './graph-document.ts';
import type { ArticleInput } from './article-input.ts';
import { extractArticle } from './extract/extract-article.ts';
import { parseIngestDocument } from './ingest-document-schema.ts';
import { toIngestRows } from './ingest-rows.ts';
import { ingestSteps, sharedIds, type IngestStep } from './ingest-steps.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

export interface IngestSummary extends WriteCounters {
  articleId: string;
  /** Nodes plus relationships the document describes (created or already there). */
  elements: number;
  /** False when the load found everything already in place (a re-load of the same document). */
  changed: boolean;
}

/** How the steps run: 'batched' sends each statement once with all rows; 'row-by-row' once per row (benchmark only). */
export type IngestMode = 'batched' | 'row-by-row';

export async function ingestDocument(db: Database, doc: GraphDocument, mode: IngestMode = 'batched'): Promise<IngestSummary> {
  const valid = parseIngestDocument(doc);
  const rows = toIngestRows(valid);
  const counters = await db.write(async (tx, registry) => {
    const run = async (name: IngestStep['name'], params: Record<string, unknown>) =>
      tx.run(registry.statement(name), params);
    // Shared nodes the previous load of this article linked to: candidates for orphan removal afterwards.
    const before = await run('write/find-article-shared-nodes', { articleId: rows.articleId, keepIds: sharedIds(rows) });
    const candidates = before.records.map((r) => r.get('id') as string);

    let total = emptyCounters();
    for (const step of ingestSteps(rows)) total = addCounters(total, await runStep(tx, registry, step, mode));
    if (candidates.length > 0) {
      const orphans = await run('write/delete-orphan-shared-nodes', {
        actorIds: candidates.filter((id) => id.startsWith('actor:')),
        placeIds: candidates.filter((id) => id.startsWith('place:')),
      });
      total = addCounters(total, orphans.summary.counters.updates());
    }
    return total;
  });
  const changed = Object.values(counters).some((n) => n > 0);
  return { articleId: rows.articleId, elements: rows.elementCount, changed, ...counters };
}

async function runStep(tx: ManagedTransaction, registry: CypherRegistry, step: IngestStep, mode: IngestMode): Promise<WriteCounters> {
  const statement = registry.statement(step.name);
  if (step.rows === null) return countersOf(await tx.run(statement, step.params));
  if (step.rows.length === 0) return emptyCounters();
  if (mode === 'batched') return countersOf(await tx.run(statement, { ...step.params, rows: step.rows }));
  let total = emptyCounters();
  for (const row of step.rows) total = addCounters(total, countersOf(await tx.run(statement, { ...step.params, rows: [row] })));
  return total;
}

function countersOf(result: { summary: { counters: { updates(): Record<string, number> } } }): WriteCounters {
  return addCounters(emptyCounters(), result.summary.counters.updates());
}

/** Extracts an article and writes it: what POST /api/articles and the load command do with an article text. */
export async function ingestArticle(db: Database, input: ArticleInput): Promise<IngestSummary> {
  return ingestDocument(db, extractArticle(input));
}
