// At start-up (config.LOAD_DEMO): loads the demo articles of data/articles into a database that holds no article,
// so a first `npm start` opens on a graph. A database with any article is left alone; a demo article that fails is
// logged and the server starts anyway.
import { join, relative } from 'node:path';
import type { Database } from '../db/database.ts';
import { PROJECT_ROOT } from '../neo4j-runtime/runtime-paths.ts';
import { extractArticleFile } from './article-file-extractor.ts';
import { createDocumentReader } from './document-reader.ts';
import { loadFiles, type DocumentReader, type LoadReport } from './load-files.ts';

export const DEMO_ARTICLES_DIR = join(PROJECT_ROOT, 'data', 'articles');

export async function loadDemoIfEmpty(
  db: Database,
  log: (line: string) => void,
  dir: string = DEMO_ARTICLES_DIR,
  readDocument: DocumentReader = createDocumentReader(extractArticleFile),
): Promise<LoadReport | null> {
  const { records } = await db.read('write/count-articles');
  const articles = Number(records[0]?.get('articles') ?? 0);
  if (articles > 0) return null;
  const report = await loadFiles(db, [dir], readDocument);
  log(`demo: loaded ${report.loaded} article(s) from ${relative(PROJECT_ROOT, dir) || dir}: ${report.nodesCreated} nodes, ${report.relationshipsCreated} relationships`);
  for (const f of report.failed) log(`demo: could not load ${f.path}: ${f.reason}`);
  return report;
}
