// GET /api/graph/full against the real Neo4j over the hand-written test graph: every node type and relationship, the
// type filter, the cap (semantic nodes first, truncated flag, no edge to a node past the cut) and 400s.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './seed.ts';
import { getHealth } from '../../../server/graph/health.repository.ts';
import type { FullGraph } from '../../../server/graph/full-graph.repository.ts';

describe('GET /api/graph/full', () => {
  const seeded = useSeededApp();
  const get = seeded.get;

  it('returns every node and every relationship of the graph, actors first', async () => {
    const { status, body } = await get<FullGraph>('/api/graph/full');
    expect(status).toBe(200);
    const health = await getHealth(seeded.app.db);
    expect(body.total).toBe(Number(health.counts.nodes));
    expect(body.nodes).toHaveLength(19);
    expect(body.truncated).toBe(false);
    expect(body.edges).toHaveLength(Number(health.counts.relationships));
    const kinds = body.nodes.map((n) => n.id.split(':')[0]);
    expect(kinds.slice(0, 5)).toEqual(['actor', 'actor', 'actor', 'actor', 'actor']);
    expect(new Set(kinds)).toEqual(new Set(['actor', 'event', 'statement', 'place', 'article', 'sentence']));
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const edge of body.edges) expect(ids.has(edge.source) && ids.has(edge.target), edge.id).toBe(true);
    expect(new Set(body.edges.map((e) => e.id)).size).toBe(body.edges.length);
    expect(body.edges.find((e) => e.id === 'actor:kim-yo-jong|SAID|statement:nk-drills:1')).toMatchObject({ type: 'SAID' });
    const article = body.nodes.find((n) => n.id === 'article:nk-drills');
    expect(article?.properties).not.toHaveProperty('text');
  });

  it('keeps only the asked node types and the relationships among them', async () => {
    const { body } = await get<FullGraph>('/api/graph/full?types=actor,event');
    expect(body.nodes.map((n) => n.kind === 'event' ? 'event' : 'actor').sort()).toEqual([...Array(4).fill('event'), ...Array(5).fill('actor')].sort());
    expect(body.total).toBe(9);
    expect(body.edges.map((e) => e.type).sort()).toEqual([...Array(8).fill('PARTICIPATED_IN'), 'AFFILIATED_WITH', 'RESPONDS_TO'].sort());
  });

  it('caps at the limit with a truncated flag and drops edges to nodes past the cut', async () => {
    const { body } = await get<FullGraph>('/api/graph/full?limit=3');
    expect(body.nodes.map((n) => n.id)).toEqual(['actor:kcna', 'actor:kim-yo-jong', 'actor:north-korea']);
    expect(body).toMatchObject({ total: 19, truncated: true });
    expect(body.edges.map((e) => e.id)).toEqual(['actor:kim-yo-jong|AFFILIATED_WITH|actor:north-korea']);
  });

  it('answers 400 for an unknown type or a limit out of range', async () => {
    for (const query of ['types=alien', 'limit=0', 'limit=20001', 'limit=abc']) {
      const { status, body } = await get<{ error: { code: string } }>(`/api/graph/full?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
