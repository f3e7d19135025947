// GET /api/graph, the actor relationship view, against the real Neo4j over the hand-written test graph: the
// projection, its filters and cap, 400 on bad params, and the cache of recent views seeing a new article at once.
import { describe, expect, it } from 'vitest';
import { seedTestGraph, useSeededApp } from './seed.ts';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import type { GraphDocument } from '../../../server/loader/graph-document.ts';
import type { ErrorBody } from '../../../server/http/http-error.ts';
import type { RelationGraph } from '../../../server/api/dto.ts';

describe('GET /api/graph', () => {
  const seeded = useSeededApp();
  const get = seeded.get;

  it('projects actor pairs from shared events and statements, with counts, types, stance and evidence', async () => {
    const { status, body } = await get<RelationGraph>('/api/graph');
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.truncated).toBe(false);
    expect(body.nodes.map((n) => n.id).sort()).toEqual(['actor:kim-yo-jong', 'actor:north-korea', 'actor:south-korea', 'actor:united-states']);
    const usSk = body.edges.find((e) => e.id === 'actor:south-korea|RELATED|actor:united-states');
    expect(usSk?.properties).toEqual({
      count: 2,
      eventTypes: { MILITARY_EXERCISE: 1, TALKS: 1 },
      stance: -0.05,
      sentenceIds: expect.arrayContaining(['sentence:nk-drills:0', 'sentence:seoul-talks:0']),
      evidenceIds: expect.arrayContaining(['event:nk-drills:1', 'event:seoul-talks:1']),
    });
    const kimUs = body.edges.find((e) => e.source === 'actor:kim-yo-jong' && e.target === 'actor:united-states');
    expect(kimUs?.properties).toMatchObject({ count: 2, eventTypes: { THREAT: 1, STATEMENT: 1 }, stance: -0.35 });
    for (const edge of body.edges) expect(edge.properties.stance).toBeGreaterThanOrEqual(-1);
  });

  it('filters by event type, date range and actor kind, and caps with a truncation flag', async () => {
    const threats = await get<RelationGraph>('/api/graph?eventTypes=THREAT,MISSILE_LAUNCH');
    expect(threats.body.edges.map((e) => e.id).sort()).toEqual([
      'actor:kim-yo-jong|RELATED|actor:united-states',
      'actor:north-korea|RELATED|actor:south-korea',
    ]);
    expect(threats.body.edges[0]?.properties.eventTypes).not.toHaveProperty('STATEMENT');
    const in2023 = await get<RelationGraph>('/api/graph?from=2023-01-01&to=2023-12-31');
    expect(in2023.body.edges.map((e) => [e.id, e.properties.count])).toEqual([['actor:south-korea|RELATED|actor:united-states', 1]]);
    const persons = await get<RelationGraph>('/api/graph?kinds=person');
    expect(persons.body.edges).toEqual([]);
    const capped = await get<RelationGraph>('/api/graph?limit=1');
    expect(capped.body).toMatchObject({ total: 3, truncated: true });
    expect(capped.body.edges).toHaveLength(1);
    expect(capped.body.nodes).toHaveLength(2);
  });

  it('answers from a cache of recent views that a new article invalidates', async () => {
    const db = seeded.app.db;
    const before = await get<RelationGraph>('/api/graph');
    expect((await get<RelationGraph>('/api/graph')).body).toEqual(before.body);
    const text = 'Envoys of Probeland and Testonia met on Monday.';
    const doc: GraphDocument = {
      article: { id: 'article:cache-probe', title: 'Cache probe', source: 'Test Wire', url: null, publishedAt: '2024-04-01', language: 'en', text, extractor: 'test' },
      sentences: [{ id: 'sentence:cache-probe:0', index: 0, text, start: 0, end: text.length }],
      actors: ['Probeland', 'Testonia'].map((name) => ({ id: `actor:${name.toLowerCase()}`, name, kind: 'state' as const, aliases: [], sentenceIds: ['sentence:cache-probe:0'] })),
      places: [],
      events: [
        {
          id: 'event:cache-probe:1', type: 'MEETING', summary: 'Envoys of Probeland and Testonia met', date: '2024-04-01', datePrecision: 'day', status: 'occurred',
          participants: [{ actorId: 'actor:probeland', role: 'participant' }, { actorId: 'actor:testonia', role: 'participant' }],
          placeId: null, respondsTo: [], sentenceIds: ['sentence:cache-probe:0'],
        },
      ],
      statements: [],
      mentions: [],
      affiliations: [],
    };
    try {
      await ingestDocument(db, doc);
      const after = await get<RelationGraph>('/api/graph');
      expect(after.body.total).toBe(before.body.total + 1);
      expect(after.body.edges.find((e) => e.id === 'actor:probeland|RELATED|actor:testonia')?.properties).toMatchObject({ count: 1, eventTypes: { MEETING: 1 } });
      const april = await get<RelationGraph>('/api/graph?from=2024-04-01&to=2024-04-30');
      expect(april.body.edges.map((e) => e.id)).toEqual(['actor:probeland|RELATED|actor:testonia']);
    } finally {
      await seedTestGraph(db);
    }
    expect((await get<RelationGraph>('/api/graph')).body).toEqual(before.body);
  });

  it('answers 400 for an unknown kind or type, a bad date, a reversed range or a bad limit', async () => {
    for (const query of ['kinds=alien', 'eventTypes=PICNIC', 'from=2024-13', 'from=2024-02-01&to=2024-01-01', 'limit=0', 'limit=abc']) {
      const { status, body } = await get<ErrorBody>(`/api/graph?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
