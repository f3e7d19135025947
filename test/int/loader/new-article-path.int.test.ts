import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import type { Database } from '../../../server/db/database.ts';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import { resetGraph, testDatabase } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';
import { dumpGraph } from './graph-dump.ts';

// The loader writes a new article with one CREATE statement and a known one with the prune and MERGE statements:
// both must leave exactly the same graph.
describe('a new article written by create-new-article', () => {
  let db: Database;
  const without = ['ingestedAt'];

  beforeAll(async () => {
    db = testDatabase();
    await applySchema(db);
  });
  beforeEach(async () => {
    await resetGraph(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives the graph the prune and MERGE path gives, with the same counters, over shared actors', async () => {
    const created = [await ingestDocument(db, demoLikeDocument()), await ingestDocument(db, secondArticleDocument())];
    const viaCreate = await dumpGraph(db, { without });
    await resetGraph(db);
    const merged = [await ingestDocument(db, demoLikeDocument(), 'merge'), await ingestDocument(db, secondArticleDocument(), 'merge')];
    expect(await dumpGraph(db, { without })).toEqual(viaCreate);
    for (const [i, summary] of merged.entries()) {
      expect(created[i]).toMatchObject({ nodesCreated: summary.nodesCreated, relationshipsCreated: summary.relationshipsCreated, elements: summary.elements, changed: true });
    }
  });

  it('loads one new article sent twice at once exactly once: the second load waits, then finds nothing to change', async () => {
    await ingestDocument(db, secondArticleDocument());
    const [a, b] = await Promise.all([ingestDocument(db, demoLikeDocument()), ingestDocument(db, demoLikeDocument())]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    const twice = await dumpGraph(db, { without });
    await resetGraph(db);
    await ingestDocument(db, secondArticleDocument());
    await ingestDocument(db, demoLikeDocument());
    expect(twice).toEqual(await dumpGraph(db, { without }));
  });
});
