// The exploration endpoints against the real Neo4j over the hand-written test graph: shapes, filters, caps,
// 400 on bad params and 404 on unknown ids. The relationship view (GET /api/graph) has a file of its own.
import { describe, expect, it } from 'vitest';
import { seedTestGraph, useSeededApp } from './seed.ts';
import { cypher } from '../../../server/db/cypher-registry.ts';
import type { ErrorBody } from '../../../server/http/http-error.ts';
import type { Neighbourhood, NodeDetail, Paths, SearchResults, Timeline } from '../../../server/api/dto.ts';

describe('exploration endpoints', () => {
  const seeded = useSeededApp();
  const get = seeded.get;

  describe('GET /api/nodes/:id', () => {
    it('returns the node, its evidence sentences with mention offsets, and its articles', async () => {
      const { status, body } = await get<NodeDetail>(`/api/nodes/${encodeURIComponent('actor:kim-yo-jong')}`);
      expect(status).toBe(200);
      expect(body.node).toMatchObject({ id: 'actor:kim-yo-jong', kind: 'person', label: 'Kim Yo Jong', labels: ['Actor', 'Person'] });
      expect(body.evidence.map((e) => e.id)).toEqual(['sentence:nk-drills:2', 'sentence:nk-drills:3']);
      const she = body.evidence[1];
      expect(she?.mentions).toEqual([{ start: 235, end: 238, text: 'She' }]);
      expect(she?.text.slice(she.mentions[0]!.start - she.start, she.mentions[0]!.end - she.start)).toBe('She');
      expect(body.articles.map((a) => a.id)).toEqual(['article:nk-drills']);
      expect(body.articles[0]).toMatchObject({ publishedAt: '2024-03-10', sentenceCount: 4 });
    });

    it('works for every node type, and a sentence is its own evidence', async () => {
      for (const id of ['event:nk-drills:2', 'statement:nk-drills:1', 'place:seoul', 'sentence:seoul-talks:0', 'article:seoul-talks']) {
        const { status, body } = await get<NodeDetail>(`/api/nodes/${id}`);
        expect(status, id).toBe(200);
        expect(body.node.id).toBe(id);
        expect(body.articles.length, id).toBeGreaterThan(0);
      }
      const sentence = await get<NodeDetail>('/api/nodes/sentence:seoul-talks:0');
      expect(sentence.body.evidence.map((e) => e.id)).toEqual(['sentence:seoul-talks:0']);
      const article = await get<NodeDetail>('/api/nodes/article:seoul-talks');
      expect(article.body.node.properties).not.toHaveProperty('text');
    });

    it('answers 404 for an unknown id and 400 for an id without a known kind', async () => {
      const missing = await get<ErrorBody>('/api/nodes/actor:nobody');
      expect(missing.status).toBe(404);
      expect(missing.body.error).toEqual({ code: 'NOT_FOUND', message: 'No node with id actor:nobody' });
      expect((await get<ErrorBody>('/api/nodes/robot:x')).status).toBe(400);
    });
  });

  describe('GET /api/nodes/:id/neighbours', () => {
    it('expands one hop with the connecting edges', async () => {
      const { status, body } = await get<Neighbourhood>('/api/nodes/place:yellow-sea/neighbours');
      expect(status).toBe(200);
      expect(body.center).toBe('place:yellow-sea');
      expect(body.nodes.map((n) => n.id).sort()).toEqual(['event:nk-drills:2', 'place:yellow-sea', 'sentence:nk-drills:1']);
      expect(body.edges.map((e) => e.id).sort()).toEqual([
        'event:nk-drills:2|AT|place:yellow-sea',
        'place:yellow-sea|MENTIONED_IN|sentence:nk-drills:1|123',
      ]);
      expect(body).toMatchObject({ truncated: false, beyond: { total: 0, byType: {} } });
    });

    it('goes deeper without walking through sentence hubs, and counts per type what lies beyond the limit', async () => {
      const deep = await get<Neighbourhood>('/api/nodes/place:yellow-sea/neighbours?depth=2&limit=1000');
      const ids = deep.body.nodes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['actor:north-korea', 'actor:south-korea']));
      // Through the event, not through sentence:nk-drills:1 → its article → every sentence.
      expect(ids).not.toContain('article:nk-drills');
      for (const edge of deep.body.edges) {
        expect(ids).toContain(edge.source);
        expect(ids).toContain(edge.target);
      }
      const limited = await get<Neighbourhood>('/api/nodes/place:yellow-sea/neighbours?depth=2&limit=2');
      expect(limited.body.nodes).toHaveLength(3);
      expect(limited.body.truncated).toBe(true);
      expect(limited.body.beyond.total).toBe(deep.body.nodes.length - 3);
      const summed = Object.values(limited.body.beyond.byType).reduce((a, b) => a + b, 0);
      expect(summed).toBe(limited.body.beyond.total);
      const actorsOnly = await get<Neighbourhood>('/api/nodes/place:yellow-sea/neighbours?depth=2&types=actor');
      expect(actorsOnly.body.nodes.map((n) => n.id).sort()).toEqual(['actor:north-korea', 'actor:south-korea', 'place:yellow-sea']);
    });

    it('keeps ids in the order localeCompare gives them (":" before digits), and counts the rest', async () => {
      // Two articles whose slugs differ only by a trailing digit: by code point "sentence:probe2:0" would sort first.
      const db = seeded.app.db;
      const sentence = (article: string) => ({ id: `sentence:${article}:0`, index: 0, text: 'A probe.', start: 0, end: 8 });
      const articles = ['probe', 'probe2'].map((slug) => ({ id: `article:${slug}`, title: slug, publishedAt: '2024-05-01', text: 'A probe.', sentences: [sentence(slug)] }));
      const actor = { id: 'actor:probe', name: 'Probe', aliases: [], kind: 'person', mentions: ['probe', 'probe2'].map((slug) => ({ sentenceId: `sentence:${slug}:0`, start: 0, end: 1 })) };
      try {
        await db.write((tx) => tx.run(cypher().statement('admin/seed-bench-articles'), { rows: articles }));
        await db.write((tx) => tx.run(cypher().statement('admin/seed-bench-actors'), { rows: [actor] }));
        const first = await get<Neighbourhood>('/api/nodes/actor:probe/neighbours?limit=1');
        expect(first.body.nodes.map((n) => n.id)).toEqual(['actor:probe', 'sentence:probe:0']);
        expect(first.body.edges.map((e) => e.id)).toEqual(['actor:probe|MENTIONED_IN|sentence:probe:0|0']);
        expect(first.body).toMatchObject({ truncated: true, beyond: { total: 1, byType: { sentence: 1 } } });
        const both = await get<Neighbourhood>('/api/nodes/actor:probe/neighbours?depth=3&limit=10');
        expect(both.body.nodes.map((n) => n.id)).toEqual(['actor:probe', 'sentence:probe:0', 'sentence:probe2:0']);
        expect(both.body).toMatchObject({ truncated: false, beyond: { total: 0, byType: {} } });
      } finally {
        await seedTestGraph(db);
      }
    });

    it('answers 404 for an unknown node and 400 for a bad depth or type', async () => {
      expect((await get('/api/nodes/actor:nobody/neighbours')).status).toBe(404);
      for (const query of ['depth=4', 'depth=0', 'types=robot', 'limit=-1']) {
        expect((await get(`/api/nodes/actor:kcna/neighbours?${query}`)).status, query).toBe(400);
      }
    });
  });

  describe('GET /api/paths', () => {
    it('finds the shortest paths between two actors as a graph plus each path', async () => {
      const { status, body } = await get<Paths>('/api/paths?from=actor:north-korea&to=actor:united-states&maxLength=2');
      expect(status).toBe(200);
      expect(body.paths.length).toBeGreaterThan(0);
      for (const path of body.paths) {
        expect(path.length).toBe(2);
        expect(path.nodeIds[0]).toBe('actor:north-korea');
        expect(path.nodeIds.at(-1)).toBe('actor:united-states');
        for (const id of path.edgeIds) expect(body.edges.map((e) => e.id)).toContain(id);
      }
    });

    it('answers an empty list when no path is short enough, 404 for unknown ends, 400 for bad params', async () => {
      const none = await get<Paths>('/api/paths?from=actor:kcna&to=place:seoul&maxLength=1');
      expect(none.status).toBe(200);
      expect(none.body.paths).toEqual([]);
      const missing = await get<ErrorBody>('/api/paths?from=actor:kcna&to=actor:nobody');
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toContain('actor:nobody');
      for (const query of ['from=actor:kcna', 'from=actor:kcna&to=actor:kcna', 'from=actor:kcna&to=place:seoul&maxLength=7']) {
        expect((await get(`/api/paths?${query}`)).status, query).toBe(400);
      }
    });
  });

  describe('GET /api/search', () => {
    it('ranks actors by name and alias, and filters by type', async () => {
      const { status, body } = await get<SearchResults>('/api/search?q=Pyongyang');
      expect(status).toBe(200);
      expect(body.results[0]?.node.id).toBe('actor:north-korea');
      const prefix = await get<SearchResults>('/api/search?q=ballis&types=event');
      expect(prefix.body.results.map((r) => r.node.id)).toEqual(['event:nk-drills:2']);
      const scores = (await get<SearchResults>('/api/search?q=korea')).body.results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('treats Lucene syntax in user input as text instead of failing', async () => {
      for (const q of ['"unbalanced', 'AND OR NOT', 'name:korea', '(((', 'kim~ ^2 \\', '*', 'a/b[c]{d}']) {
        const { status } = await get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(status, q).toBe(200);
      }
      expect((await get('/api/search?q=')).status).toBe(400);
      expect((await get(`/api/search?q=${'x'.repeat(201)}`)).status).toBe(400);
    });
  });

  describe('GET /api/timeline', () => {
    it('lists events in date order (undated last) with participants and place, filtered and capped', async () => {
      const { status, body } = await get<Timeline>('/api/timeline');
      expect(status).toBe(200);
      expect(body.events.map((e) => e.id)).toEqual(['event:seoul-talks:1', 'event:nk-drills:1', 'event:nk-drills:2', 'event:nk-drills:3']);
      expect(body.events[0]?.place).toEqual({ id: 'place:seoul', name: 'Seoul' });
      expect(body.events[2]?.participants).toEqual(
        expect.arrayContaining([{ id: 'actor:north-korea', name: 'North Korea', kind: 'state', role: 'agent' }]),
      );
      const capped = await get<Timeline>('/api/timeline?limit=2');
      expect(capped.body).toMatchObject({ truncated: true });
      expect(capped.body.events).toHaveLength(2);
      const kim = await get<Timeline>('/api/timeline?actorId=actor:kim-yo-jong');
      expect(kim.body.events.map((e) => e.id)).toEqual(['event:nk-drills:3']);
      const march = await get<Timeline>('/api/timeline?from=2024-03-05&to=2024-03-31');
      expect(march.body.events.map((e) => e.id)).toEqual(['event:nk-drills:2']);
      expect((await get('/api/timeline?eventTypes=nope')).status).toBe(400);
    });
  });
});
