// Loads many articles: each one read, extracted and written on its own (its own transaction), so a bad article is
// reported by name with the reason while the others still load. Reports progress after each article and returns a
// summary whose counts come from the driver's result counters.
import type { Database } from '../db/database.ts';
import type { GraphDocument } from './graph-document.ts';
import { expandArticlePaths } from './article-paths.ts';
import { failureReason } from './failure-reason.ts';
import { ingestDocument, type IngestSummary } from './ingest.ts';
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

export async function loadFiles(
  db: Database,
  paths: readonly string[],
  readDocument: DocumentReader,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<LoadReport> {
  const startedAt = performance.now();
  const { files, missing } = await expandArticlePaths(paths);
  const failed: LoadFailure[] = [...missing];
  let totals = emptyCounters();
  let loaded = 0;
  let unchanged = 0;
  let elements = 0;
  for (const [i, path] of files.entries()) {
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
      failed.push(result);
    }
    onProgress({ done: i + 1, total: files.length, path, result });
  }
  return { articles: files.length + missing.length, loaded, unchanged, failed, elements, elapsedMs: performance.now() - startedAt, ...totals };
}
