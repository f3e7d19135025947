// Writes one GraphDocument into Neo4j: validated first, then ONE write transaction (server/loader/ingest-transaction.ts:
// a new article is one CREATE statement, its own auto-commit transaction; a known one is pruned and merged in one
// explicit transaction). Any failure rolls the whole article back. Loading the
// same document twice changes nothing; loading a changed extraction replaces the article's own sentences, events
// and statements and their links, leaving shared actors' links from other articles alone.
import type { Database } from '../db/database.ts';
import type { GraphDocument } from './graph-document.ts';
import type { ArticleInput } from './article-input.ts';
import { extractArticle } from './extract/extract-article.ts';
import { parseIngestDocument } from './ingest-document-schema.ts';
import { toIngestRows } from './ingest-rows.ts';
import { awaitSearchRefresh } from './ingest-search-refresh.ts';
import { loadArticle, type IngestMode } from './ingest-transaction.ts';
import type { WriteCounters } from './write-counters.ts';
import { withWriteRetry } from './write-retry.ts';

export type { IngestMode };

export interface IngestSummary extends WriteCounters {
  articleId: string;
  /** Nodes plus relationships the document describes (created or already there). */
  elements: number;
  /** False when the load found everything already in place (a re-load of the same document). */
  changed: boolean;
}

export async function ingestDocument(db: Database, doc: GraphDocument, mode: IngestMode = 'batched'): Promise<IngestSummary> {
  const valid = parseIngestDocument(doc);
  const rows = toIngestRows(valid);
  const counters = await withWriteRetry(() => loadArticle(db, rows, mode));
  const changed = Object.values(counters).some((n) => n > 0);
  return { articleId: rows.articleId, elements: rows.elementCount, changed, ...counters };
}

/**
 * Extracts an article and writes it: what POST /api/articles does with an article text. Returns once a search finds
 * the article (the full-text index catches up after the commit). The load command writes many with ingestDocument
 * and waits once at the end (server/loader/load-files.ts).
 */
export async function ingestArticle(db: Database, input: ArticleInput): Promise<IngestSummary> {
  const summary = await ingestDocument(db, extractArticle(input));
  if (summary.changed) await awaitSearchRefresh(db);
  return summary;
}
