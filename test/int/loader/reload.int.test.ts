import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import { toIngestRows } from '../../../server/loader/ingest-rows.ts';
import { writeArticle } from '../../../server/loader/ingest-transaction.ts';
import { resetGraph, useEmptyGraphPerTest } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';
import { documentFailingMidway, revisedDemoDocument } from '../../fixtures/ingest-revisions.ts';
import { dumpGraph } from './graph-dump.ts';

describe('re-loading an article and failed loads', () => {
  const graph = useEmptyGraphPerTest();
  const rows = async (query: string) => (await graph.db.driver.executeQuery(query)).records.map((r) => r.toObject());

  it('replaces what a changed extraction no longer says, leaving the other article untouched', async () => {
    await ingestDocument(graph.db, demoLikeDocument());
    await ingestDocument(graph.db, secondArticleDocument());
    const revised = await ingestDocument(graph.db, revisedDemoDocument());
    expect(revised.changed).toBe(true);
    expect(revised.nodesDeleted).toBe(7); // sentence 4, 3 events, the USS, Busan, the sea
    expect(await rows('MATCH (n) WHERE n.id IN ["sentence:dprk-threatens:4", "event:dprk-threatens:4", "place:busan", "actor:uss-george-washington"] RETURN n.id AS id')).toEqual([]);
    expect(await rows('MATCH (a)-[:PARTICIPATED_IN {role: "target"}]->(:Event {id: "event:dprk-threatens:1"}) RETURN a.id AS id')).toEqual([{ id: 'actor:south-korea' }]);
    expect(await rows('MATCH (a)-[:SAID]->(:Statement {id: "statement:dprk-threatens:2"})-[:ABOUT]->(x) RETURN a.id AS speaker, x.id AS about')).toEqual([
      { speaker: 'actor:north-korea', about: 'actor:united-states' },
    ]);
    // The shared affiliation keeps the second article's sentence only; the US keeps its other parts.
    expect(await rows('MATCH ()-[r:AFFILIATED_WITH]->() RETURN r.sentenceIds AS ids')).toEqual([{ ids: ['sentence:pyongyang-tests:1'] }]);
    expect(await rows('MATCH (:Actor {id: "actor:united-states"})-[r:PARTICIPATED_IN]->(e) RETURN e.id AS event, r.role AS role ORDER BY event')).toEqual([
      { event: 'event:dprk-threatens:2', role: 'agent' },
      { event: 'event:pyongyang-tests:1', role: 'target' },
    ]);

    // The result is exactly what loading the revised document into a fresh database gives (ingestedAt aside).
    const replaced = await dumpGraph(graph.db, { without: ['ingestedAt'] });
    expect((await ingestDocument(graph.db, revisedDemoDocument())).changed).toBe(false);
    await resetGraph(graph.db);
    await ingestDocument(graph.db, revisedDemoDocument());
    await ingestDocument(graph.db, secondArticleDocument());
    expect(await dumpGraph(graph.db, { without: ['ingestedAt'] })).toEqual(replaced);
  });

  it('keeps ingestedAt of an article across re-loads', async () => {
    await ingestDocument(graph.db, demoLikeDocument());
    const [first] = await rows('MATCH (a:Article) RETURN toString(a.ingestedAt) AS at');
    await ingestDocument(graph.db, revisedDemoDocument());
    expect(await rows('MATCH (a:Article) RETURN toString(a.ingestedAt) AS at')).toEqual([first]);
  });

  it('rolls the whole article back when a statement fails mid-way', async () => {
    // The schema refuses 2025-02-30 up front, so go one level down to make Neo4j itself fail inside the transaction.
    const writeUnchecked = () =>
      graph.db.write((tx, registry) => writeArticle(tx, registry, toIngestRows(documentFailingMidway()), 'batched'));
    await expect(ingestDocument(graph.db, documentFailingMidway())).rejects.toBeInstanceOf(ZodError);
    await expect(writeUnchecked()).rejects.toThrow(/Invalid date/);
    expect(await dumpGraph(graph.db)).toEqual({ nodes: [], relationships: [] });

    await ingestDocument(graph.db, secondArticleDocument());
    const before = await dumpGraph(graph.db);
    await expect(writeUnchecked()).rejects.toThrow();
    expect(await dumpGraph(graph.db)).toEqual(before);
  });

  it('refuses an invalid document before writing anything', async () => {
    const doc = demoLikeDocument();
    doc.mentions.push({ actorId: 'actor:nobody', text: 'x', start: 0, end: 1, sentenceId: 'sentence:dprk-threatens:0' });
    await expect(ingestDocument(graph.db, doc)).rejects.toBeInstanceOf(ZodError);
    expect(await dumpGraph(graph.db)).toEqual({ nodes: [], relationships: [] });
  });
});
