// Loads many articles: each one read, extracted and written on its own (its own transaction), so a bad article is
// reported by name with the reason while the others still load. Reports progress after each article and returns a
// summary whose counts come from the driver's result counters. Returns once the full-text index holds what it wrote.
import type { Database } from '../db/database.ts';
import type { GraphDocument } from './graph-document.ts';
import { expandArticlePaths } from './article-paths.ts';
import { failureReason } from './failure-reason.ts';
import { ingestDocument, type IngestSummary } from './ingest.ts';
import { awaitSearchRefresh } from './ingest-search-refresh.ts';
import { addCounters, emptyCounters, type WriteCounters } from './write-counters.ts';

/** Turns one file into a GraphDocument: the extractor for article texts, a JSON parse for *.graph.json. */
export type DocumentReader = (path: string) => Promise<GraphDocument>;

export interface LoadFailure {
  path: string;
  reason: string;
}

export interface LoadProgress {
  done: number;
  total: number;
  path: string;
  result: IngestSummary | LoadFailure;
}

export interface LoadReport extends WriteCounters {
  /** Files tried, plus paths that did not exist (each reported among the failures). */
  articles: number;
  loaded: number;
  unchanged: number;
  failed: LoadFailure[];
  elements: number;
  elapsedMs: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Articles in flight at once (each still its own transaction). Extraction runs in Node while Neo4j writes and
   * commits another article, so 2–4 overlap the two; transactions that deadlock on a shared actor are retried by
   * the driver. 1 loads strictly one after another.
   */
  concurrency?: number;
}

export async function loadFiles(
  db: Database,
  paths: readonly string[],
  readDocument: DocumentReader,
  { onProgress = () => {}, concurrency = 1 }: LoadOptions = {},
): Promise<LoadReport> {
  const startedAt = performance.now();
  const { files, missing } = await expandArticlePaths(paths);
  const failures = new Map<number, LoadFailure>();
  let totals = emptyCounters();
  let loaded = 0;
  let unchanged = 0;
  let elements = 0;
  let done = 0;
  let next = 0;

  const loadOne = async (i: number, path: string) => {
    let result: IngestSummary | LoadFailure;
    try {
      const summary = await ingestDocument(db, await readDocument(path));
      totals = addCounters(totals, summary);
      elements += summary.elements;
      loaded++;
      if (!summary.changed) unchanged++;
      result = summary;
    } catch (error) {
      result = { path, reason: failureReason(error) };
      failures.set(i, result);
    }
    onProgress({ done: ++done, total: files.length, path, result });
  };
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) await loadOne(i, files[i] ?? '');
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  // Once for the whole run, not per article: a search after the load finds every article it wrote.
  if (loaded > unchanged) await awaitSearchRefresh(db);

  // Failures in the order of the files, whatever order they finished in.
  const failed = [...missing, ...[...failures.entries()].sort(([a], [b]) => a - b).map(([, f]) => f)];
  return { articles: files.length + missing.length, loaded, unchanged, failed, elements, elapsedMs: performance.now() - startedAt, ...totals };
}
