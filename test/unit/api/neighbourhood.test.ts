import { describe, expect, it } from 'vitest';
import { selectNeighbourhood } from '../../../server/graph/neighbourhood.ts';
import type { GraphEdge, GraphNode } from '../../../server/api/dto.ts';

const node = (id: string, label: string, kind = label.toLowerCase()): GraphNode => ({ id, labels: [label], kind, label: id, properties: { id } });
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}|X|${target}`, source, target, type: 'X', properties: {} });

describe('selectNeighbourhood', () => {
  const center = node('actor:a', 'Actor', 'state');
  const found = [
    { node: center, depth: 0 },
    { node: node('sentence:s:1', 'Sentence'), depth: 1 },
    { node: node('event:e:1', 'Event'), depth: 1 },
    { node: node('actor:b', 'Actor', 'person'), depth: 2 },
    { node: node('event:e:2', 'Event'), depth: 2 },
  ];
  const edges = [edge('actor:a', 'event:e:1'), edge('actor:a', 'sentence:s:1'), edge('actor:b', 'event:e:1'), edge('actor:b', 'event:e:2')];

  it('takes nearest first, semantic nodes before sentences, and counts the rest per type', () => {
    const result = selectNeighbourhood({ center, found, edges, types: [], limit: 2, stepTruncated: false });
    expect(result.nodes.map((n) => n.id)).toEqual(['actor:a', 'event:e:1', 'sentence:s:1']);
    expect(result.beyond).toEqual({ total: 2, byType: { actor: 1, event: 1 } });
    expect(result.truncated).toBe(true);
    expect(result.edges.map((e) => e.id)).toEqual(['actor:a|X|event:e:1', 'actor:a|X|sentence:s:1']);
  });

  it('filters by node type (actors of any kind) and keeps only edges between returned nodes', () => {
    const result = selectNeighbourhood({ center, found, edges, types: ['actor'], limit: 10, stepTruncated: false });
    expect(result.nodes.map((n) => n.id)).toEqual(['actor:a', 'actor:b']);
    expect(result.edges).toEqual([]);
    expect(result).toMatchObject({ truncated: false, beyond: { total: 0, byType: {} } });
  });

  it('reports a step that hit its row cap as truncated', () => {
    expect(selectNeighbourhood({ center, found, edges, types: [], limit: 10, stepTruncated: true }).truncated).toBe(true);
  });
});
