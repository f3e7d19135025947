// The full-text index is eventually consistent (cypher/schema/create-fulltext-search.cypher), so the loaders wait for
// it: a search right after the ingest API's ingestArticle, or after loadFiles, finds what was loaded, with no sleep.
// applySchema also rebuilds a `search` index made before the option existed (IF NOT EXISTS alone would keep it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import type { Database } from '../../../server/db/database.ts';
import { searchNodes } from '../../../server/graph/search.repository.ts';
import { createDocumentReader } from '../../../server/loader/document-reader.ts';
import { ingestArticle } from '../../../server/loader/ingest.ts';
import { loadFiles } from '../../../server/loader/load-files.ts';
import { useEmptyGraphPerTest } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';

const searchOptions = async (db: Database) => {
  const { records } = await db.driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, options WHERE name = "search" RETURN options');
  return records.map((r) => (r.get('options') as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.eventually_consistent']);
};
const sentenceIds = async (db: Database, q: string) =>
  (await searchNodes(db, { q, types: ['sentence'], limit: 20 })).results.map((r) => r.node.id).sort();

describe('search right after a load', () => {
  const graph = useEmptyGraphPerTest();

  it('applySchema makes the search index eventually consistent, rebuilding one created without the option', async () => {
    const { db } = graph;
    expect(await searchOptions(db)).toEqual([true]);
    await db.driver.executeQuery('DROP INDEX search');
    await db.driver.executeQuery('CREATE FULLTEXT INDEX search FOR (n:Actor|Event|Statement|Sentence|Place) ON EACH [n.name, n.aliasText, n.summary, n.text]');
    expect(await searchOptions(db)).toEqual([false]);

    await applySchema(db);
    expect(await searchOptions(db)).toEqual([true]);
    // A second apply finds nothing outdated and leaves the index as it is.
    const { records } = await db.driver.executeQuery('SHOW INDEXES YIELD name, id WHERE name = "search" RETURN id');
    await applySchema(db);
    const again = await db.driver.executeQuery('SHOW INDEXES YIELD name, id WHERE name = "search" RETURN id');
    expect(again.records.map((r) => r.get('id'))).toEqual(records.map((r) => r.get('id')));
  });

  it('finds an article ingested through ingestArticle (the ingest API) at once', async () => {
    const { db } = graph;
    const summary = await ingestArticle(db, {
      text: 'The zeppelin quarry near Ostrava reopened on Monday. Workers said the zeppelin hangars were safe.',
      meta: { title: 'A quarry of zeppelins', publishedAt: '2025-11-08' },
    });
    expect(summary.changed).toBe(true);
    const found = await sentenceIds(db, 'zeppelin');
    expect(found).toHaveLength(2);
    expect(found.every((id) => id.startsWith(`sentence:${summary.articleId.slice('article:'.length)}:`))).toBe(true);
  });

  it('finds every article of a loadFiles run at once', async () => {
    const { db } = graph;
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-search-'));
    try {
      writeFileSync(join(dir, 'first.graph.json'), JSON.stringify(demoLikeDocument()));
      writeFileSync(join(dir, 'second.graph.json'), JSON.stringify(secondArticleDocument()));
      const report = await loadFiles(db, [dir], createDocumentReader(async () => { throw new Error('no article texts here'); }));
      expect(report.loaded).toBe(2);
      const hits = (await searchNodes(db, { q: 'Noh Kwan-chol', types: ['actor'], limit: 5 })).results.map((r) => r.node.id);
      expect(hits).toContain('actor:noh-kwan-chol');
      const sentences = await sentenceIds(db, 'ballistic missile');
      expect(sentences.some((id) => id.startsWith('sentence:dprk-threatens:'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
