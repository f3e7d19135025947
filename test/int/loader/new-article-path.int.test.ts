import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import { resetGraph, useEmptyGraphPerTest } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';
import { dumpGraph } from './graph-dump.ts';

// The loader writes a new article with one CREATE statement and a known one with the prune and MERGE statements:
// both must leave exactly the same graph.
describe('a new article written by create-new-article', () => {
  const graph = useEmptyGraphPerTest();
  const without = ['ingestedAt'];

  it('gives the graph the prune and MERGE path gives, with the same counters, over shared actors', async () => {
    const created = [await ingestDocument(graph.db, demoLikeDocument()), await ingestDocument(graph.db, secondArticleDocument())];
    const viaCreate = await dumpGraph(graph.db, { without });
    await resetGraph(graph.db);
    const merged = [await ingestDocument(graph.db, demoLikeDocument(), 'merge'), await ingestDocument(graph.db, secondArticleDocument(), 'merge')];
    expect(await dumpGraph(graph.db, { without })).toEqual(viaCreate);
    for (const [i, summary] of merged.entries()) {
      expect(created[i]).toMatchObject({ nodesCreated: summary.nodesCreated, relationshipsCreated: summary.relationshipsCreated, elements: summary.elements, changed: true });
    }
  });

  it('loads one new article sent twice at once exactly once: the second load waits, then finds nothing to change', async () => {
    await ingestDocument(graph.db, secondArticleDocument());
    const [a, b] = await Promise.all([ingestDocument(graph.db, demoLikeDocument()), ingestDocument(graph.db, demoLikeDocument())]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);
    const twice = await dumpGraph(graph.db, { without });
    await resetGraph(graph.db);
    await ingestDocument(graph.db, secondArticleDocument());
    await ingestDocument(graph.db, demoLikeDocument());
    expect(twice).toEqual(await dumpGraph(graph.db, { without }));
  });
});
