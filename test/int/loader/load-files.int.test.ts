import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import type { Database } from '../../../server/db/database.ts';
import { extractArticleFile } from '../../../server/loader/article-file-extractor.ts';
import { createDocumentReader } from '../../../server/loader/document-reader.ts';
import { loadFiles, type LoadProgress } from '../../../server/loader/load-files.ts';
import { DEMO_ARTICLES_DIR, loadDemoIfEmpty } from '../../../server/loader/load-demo.ts';
import { resetGraph, testDatabase } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';

const DEMO = 'dprk-threatens-offensive-action';

describe('loadFiles and the demo load', () => {
  let db: Database;
  let dir: string;
  const reader = createDocumentReader(extractArticleFile);
  const articleIds = async () =>
    (await db.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);

  beforeAll(async () => {
    db = testDatabase();
    await applySchema(db);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-load-'));
    mkdirSync(join(dir, 'nested'));
    copyFileSync(join(DEMO_ARTICLES_DIR, `${DEMO}.txt`), join(dir, `${DEMO}.txt`));
    copyFileSync(join(DEMO_ARTICLES_DIR, `${DEMO}.meta.json`), join(dir, `${DEMO}.meta.json`));
    writeFileSync(join(dir, 'nested', 'second.graph.json'), JSON.stringify(secondArticleDocument()));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'broken.graph.json'), JSON.stringify({ ...demoLikeDocument(), sentences: [] }));
    writeFileSync(join(dir, 'notes.md'), 'not an article: folders contribute *.txt and *.graph.json only');
  });
  beforeEach(async () => {
    await resetGraph(db);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('loads each good file (three at a time), names each bad one with its reason, and sums the driver counters', async () => {
    const progress: LoadProgress[] = [];
    const report = await loadFiles(db, [dir, join(dir, 'missing.txt')], reader, { onProgress: (p) => progress.push(p), concurrency: 3 });

    expect(await articleIds()).toEqual([`article:${DEMO}`, 'article:pyongyang-tests']);
    expect(report).toMatchObject({ articles: 6, loaded: 2, unchanged: 0 });
    expect(report.failed.map((f) => [f.path.slice(dir.length + 1), f.reason])).toEqual([
      ['missing.txt', 'no such file or folder'],
      ['binary.txt', 'is not text (binary content)'],
      ['broken.graph.json', expect.stringMatching(/^invalid: sentences: /)],
      ['empty.txt', 'is empty'],
    ]);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);

    const counts = await db.driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    expect(report.nodesCreated).toBe(Number(counts.records[0]?.get('nodes')));
    expect(report.relationshipsCreated).toBe(Number(counts.records[0]?.get('rels')));
    expect(report.nodesCreated).toBeGreaterThan(40);

    const again = await loadFiles(db, [dir], reader);
    expect(again).toMatchObject({ loaded: 2, unchanged: 2, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
  });

  it('loads the demo article into an empty database, and leaves a database with articles alone', async () => {
    const lines: string[] = [];
    const report = await loadDemoIfEmpty(db, (l) => lines.push(l));
    expect(report?.loaded).toBe(1);
    expect(report?.failed).toEqual([]);
    expect(await articleIds()).toEqual([`article:${DEMO}`]);
    expect(lines[0]).toMatch(/^demo: loaded 1 article\(s\) from data\/articles: \d+ nodes, \d+ relationships$/);

    await resetGraph(db);
    await loadFiles(db, [join(dir, 'nested')], reader);
    expect(await loadDemoIfEmpty(db, () => {})).toBeNull();
    expect(await articleIds()).toEqual(['article:pyongyang-tests']);
  });
});
