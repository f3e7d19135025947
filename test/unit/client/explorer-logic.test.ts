// The pure modules behind the explorer's newer features: the expand preview and paging, the saved-query parameter
// form, keyboard navigation, the seeded layout placement, the layout cache key and the computed fit.
import { describe, expect, test } from 'vitest';
import { describeCounts, nextPage, previewOf } from '../../../client/src/graph/expand-page.ts';
import { readParams } from '../../../client/src/ui/saved-query-form.ts';
import { navOrder, stepSelection } from '../../../client/src/ui/keyboard-nav.ts';
import { communities, mergeFragments, seedPositions } from '../../../client/src/graph/seed-placement.ts';
import { graphSignature } from '../../../client/src/graph/layout.ts';
import { fitToPositions } from '../../../client/src/graph/render-tuning.ts';
import { forcePositions, overlapShare } from '../../../client/src/graph/force-positions.ts';
import { syntheticGraph } from '../../../client/src/bench/synthetic-graph.ts';
import type { SavedQueryParam } from '../../../server/api/console-dto.ts';

const node = (id: string) => ({ id, labels: [], kind: id.split(':')[0] ?? '', label: id, properties: {} });
const edge = (source: string, target: string) => ({ id: `${source}|X|${target}`, source, target, type: 'X', properties: {} });

describe('expand preview and paging', () => {
  const hood = {
    center: 'actor:a',
    nodes: [node('actor:a'), node('event:x:1'), node('event:x:2'), node('statement:x:1'), node('actor:b'), node('sentence:x:0')],
    edges: [edge('actor:a', 'event:x:1'), edge('actor:a', 'event:x:2'), edge('actor:a', 'statement:x:1'), edge('actor:a', 'actor:b'), edge('actor:a', 'sentence:x:0')],
    beyond: { total: 30, byType: { sentence: 30 } },
  };

  test('counts what is not on the canvas, per type, including what the API left out', () => {
    const preview = previewOf(hood, new Set(['actor:a', 'actor:b']));
    expect(preview).toEqual({ byType: { event: 2, statement: 1, sentence: 31 }, total: 34 });
    expect(describeCounts(preview.byType)).toBe('2 events, 1 statement, 31 sentences');
  });

  test('the next page takes the first nodes not yet shown, with the edges that tie them in', () => {
    const { graph, remaining } = nextPage(hood, new Set(['actor:a', 'event:x:1']), 2);
    expect(graph.nodes.map((n) => n.id)).toEqual(['event:x:2', 'statement:x:1']);
    expect(graph.edges.map((e) => e.target)).toEqual(['event:x:2', 'statement:x:1']);
    expect(remaining.byType).toEqual({ actor: 1, sentence: 31 });
  });

  test('the centre comes along when it is not on the canvas (a search hit expanded)', () => {
    const { graph } = nextPage(hood, new Set(), 1);
    expect(graph.nodes.map((n) => n.id)).toEqual(['actor:a', 'event:x:1']);
  });
});

describe('saved-query parameters', () => {
  const param = (name: string, type: SavedQueryParam['type'], required = false): SavedQueryParam => ({ name, type, required, description: '' });
  const params = [param('id', 'string', true), param('limit', 'integer'), param('from', 'date'), param('kinds', 'string[]'), param('exact', 'boolean'), param('w', 'float')];

  test('types the raw inputs and leaves blank optional ones to the server default', () => {
    expect(readParams(params, { id: ' actor:a ', limit: '25', from: '', kinds: 'state, person,', exact: true, w: '0.5' })).toEqual({
      ok: true,
      params: { id: 'actor:a', limit: 25, kinds: ['state', 'person'], exact: true, w: 0.5 },
    });
  });

  test('names every bad or missing value', () => {
    expect(readParams(params, { id: '', limit: '2.5', from: '2025-13', w: 'x' })).toEqual({
      ok: false,
      errors: ['id: required', 'limit: must be a whole number', 'from: must be a date YYYY-MM-DD', 'w: must be a number'],
    });
  });
});

describe('keyboard navigation', () => {
  const order = navOrder([{ id: 'actor:c', label: 'Charlie' }, { id: 'actor:a', label: 'alpha' }, { id: 'actor:b', label: 'Bravo' }]);
  test('orders by label and wraps both ways', () => {
    expect(order).toEqual(['actor:a', 'actor:b', 'actor:c']);
    expect(stepSelection(order, undefined, 1)).toBe('actor:a');
    expect(stepSelection(order, undefined, -1)).toBe('actor:c');
    expect(stepSelection(order, 'actor:c', 1)).toBe('actor:a');
    expect(stepSelection(order, 'actor:a', -1)).toBe('actor:c');
    expect(stepSelection(order, 'actor:gone', 1)).toBe('actor:a');
    expect(stepSelection([], 'actor:a', 1)).toBeUndefined();
  });
});

describe('seeded layout', () => {
  test('label propagation finds two cliques joined by one edge', () => {
    const clique = (o: number): [number, number][] => [[o, o + 1], [o, o + 2], [o, o + 3], [o + 1, o + 2], [o + 1, o + 3], [o + 2, o + 3]];
    const label = communities(8, [...clique(0), ...clique(4), [3, 4]]);
    expect(new Set([label[0], label[1], label[2]]).size).toBe(1);
    expect(new Set([label[5], label[6], label[7]]).size).toBe(1);
    expect(label[0]).not.toBe(label[6]);
  });

  test('fragments merge into groups of about community size that mostly hold one real community', () => {
    const g = syntheticGraph(2000, 4000);
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    const pairs = g.edges.map((e): [number, number] => [index.get(e.source) ?? 0, index.get(e.target) ?? 0]);
    const fragments = communities(2000, pairs);
    const merged = mergeFragments(fragments, pairs);
    const count = (labels: Int32Array) => new Set(labels).size;
    expect(count(fragments)).toBeGreaterThan(200);
    // The generator makes communities of 60 nodes: 34 of them.
    expect(count(merged)).toBeLessThan(60);
    const members = new Map<number, Map<number, number>>();
    merged.forEach((l, i) => {
      const m = members.get(l) ?? new Map<number, number>();
      m.set(Math.floor(i / 60), (m.get(Math.floor(i / 60)) ?? 0) + 1);
      members.set(l, m);
    });
    const pure = [...members.values()].reduce((sum, m) => sum + Math.max(...m.values()), 0);
    expect(pure / 2000).toBeGreaterThan(0.9);
    for (const m of members.values()) expect([...m.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120);
  });

  test('places every node, communities apart, and the relaxed 2k layout has no overlapping nodes', () => {
    const g = syntheticGraph(2000, 4000);
    const input = { nodes: g.nodes.map((n) => n.id), edges: g.edges.map((e): [string, string] => [e.source, e.target]) };
    const seeded = seedPositions(input.nodes, input.edges);
    expect(Object.keys(seeded)).toHaveLength(2000);
    const relaxed = forcePositions(input);
    expect(overlapShare(relaxed, 6)).toBe(0);
  });
});

describe('layout cache key and fit', () => {
  test('the signature ignores order and changes with the graph', () => {
    const a = graphSignature({ nodes: ['x', 'y', 'z'], edges: [['x', 'y'], ['y', 'z']] });
    expect(graphSignature({ nodes: ['z', 'y', 'x'], edges: [['y', 'z'], ['x', 'y']] })).toBe(a);
    expect(graphSignature({ nodes: ['x', 'y', 'z'], edges: [['x', 'y'], ['x', 'z']] })).not.toBe(a);
  });

  test('fitToPositions centres the bounding box and fits it inside the padding', () => {
    const { zoom, pan } = fitToPositions({ a: { x: -100, y: 0 }, b: { x: 100, y: 50 } }, 440, 300, 20);
    expect(zoom).toBeCloseTo(2, 5);
    const screen = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    expect(screen({ x: -100, y: 0 })).toEqual({ x: 20, y: 100 });
    expect(screen({ x: 100, y: 50 })).toEqual({ x: 420, y: 200 });
  });
});
