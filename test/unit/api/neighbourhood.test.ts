import { describe, expect, it } from 'vitest';
import { selectNeighbourhood } from '../../../server/graph/neighbourhood.ts';
import type { GraphEdge } from '../../../server/api/dto.ts';

const node = (id: string, label: string, kind?: string) => ({ id, labels: kind ? [label, kind] : [label] });
const edge = (source: string, target: string): GraphEdge => ({ id: `${source}|X|${target}`, source, target, type: 'X', properties: {} });

describe('selectNeighbourhood', () => {
  const centerId = 'actor:a';
  const found = [
    { ...node(centerId, 'Actor', 'State'), depth: 0 },
    { ...node('sentence:s:1', 'Sentence'), depth: 1 },
    { ...node('event:e:1', 'Event'), depth: 1 },
    { ...node('actor:b', 'Actor', 'Person'), depth: 2 },
    { ...node('event:e:2', 'Event'), depth: 2 },
  ];
  const edges = [edge('actor:a', 'event:e:1'), edge('actor:a', 'sentence:s:1'), edge('actor:b', 'event:e:1'), edge('actor:b', 'event:e:2')];

  it('takes nearest first, semantic nodes before sentences, and counts the rest per type', () => {
    const result = selectNeighbourhood({ centerId, found, edges, types: [], limit: 2, stepTruncated: false });
    expect(result.ids).toEqual(['actor:a', 'event:e:1', 'sentence:s:1']);
    expect(result.beyond).toEqual({ total: 2, byType: { actor: 1, event: 1 } });
    expect(result.truncated).toBe(true);
    expect(result.edges.map((e) => e.id)).toEqual(['actor:a|X|event:e:1', 'actor:a|X|sentence:s:1']);
  });

  it('filters by node type (actors of any kind) and keeps only edges between returned nodes', () => {
    const result = selectNeighbourhood({ centerId, found, edges, types: ['actor'], limit: 10, stepTruncated: false });
    expect(result.ids).toEqual(['actor:a', 'actor:b']);
    expect(result.edges).toEqual([]);
    expect(result).toMatchObject({ truncated: false, beyond: { total: 0, byType: {} } });
  });

  it('reports a step that hit its row cap as truncated', () => {
    expect(selectNeighbourhood({ centerId, found, edges, types: [], limit: 10, stepTruncated: true }).truncated).toBe(true);
  });
});
