// The client's pure modules: DTO → elements, stance colours, undo history, URL state, the time filter, the layout;
// and the big-graph render settings on a headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { edgeLabel, eventTypesOf, stanceColor, toElements } from '../../../client/src/graph/to-elements.ts';
import { History } from '../../../client/src/graph/history.ts';
import { decodeState, encodeState } from '../../../client/src/ui/url-state.ts';
import { relationInRange } from '../../../client/src/ui/graph-loader.ts';
import { forcePositions, overlapShare } from '../../../client/src/graph/force-positions.ts';
import { layerCacheCovers, setLargeGraphMode, settleBoundingBoxes } from '../../../client/src/graph/render-tuning.ts';

const node = (id: string, kind: string, label: string) => ({ id, labels: ['Actor'], kind, label, properties: {} });

describe('toElements', () => {
  test('keeps nodes, drops dangling edges, counts degree, colours by stance', () => {
    const elements = toElements({
      nodes: [node('actor:a', 'state', 'A'), node('actor:b', 'person', 'B')],
      edges: [
        { id: 'actor:a|RELATED|actor:b', source: 'actor:a', target: 'actor:b', type: 'RELATED', properties: { count: 3, stance: -1, eventTypes: { VISIT: 1, THREAT: 2 } } },
        { id: 'actor:a|RELATED|actor:z', source: 'actor:a', target: 'actor:z', type: 'RELATED', properties: {} },
      ],
    });
    expect(elements.map((e) => e.data.id)).toEqual(['actor:a', 'actor:b', 'actor:a|RELATED|actor:b']);
    expect(elements[0]?.data.degree).toBe(1);
    expect(elements[0]?.classes).toBe('actor state');
    expect(elements[2]?.data).toMatchObject({ count: 3, color: '#d62728', label: 'threat, visit', eventTypes: ['THREAT', 'VISIT'] });
  });

  test('an edge to a node already on the canvas is kept', () => {
    const elements = toElements({ nodes: [node('actor:a', 'state', 'A')], edges: [{ id: 'e', source: 'actor:a', target: 'actor:b', type: 'SAID', properties: {} }] }, new Set(['actor:b']));
    expect(elements.map((e) => e.data.id)).toEqual(['actor:a', 'e']);
  });

  test('stance colours run red → grey → green; labels of real relationships are their type', () => {
    expect([stanceColor(-1), stanceColor(0), stanceColor(1), stanceColor(null)]).toEqual(['#d62728', '#8a8f98', '#1a9850', '#8a8f98']);
    expect(edgeLabel({ id: 'x', source: 'a', target: 'b', type: 'MENTIONED_IN', properties: {} })).toBe('mentioned in');
    expect(eventTypesOf({ eventTypes: { A: 1, B: 3, C: 2 } })).toEqual(['B', 'C', 'A']);
  });
});

describe('History', () => {
  test('undo and redo in order; a new command clears redo', () => {
    const log: string[] = [];
    const history = new History();
    const cmd = (name: string) => ({ label: name, apply: () => log.push(`+${name}`), revert: () => log.push(`-${name}`) });
    history.run(cmd('a'));
    history.run(cmd('b'));
    history.undo();
    history.redo();
    history.undo();
    history.run(cmd('c'));
    expect(history.canRedo).toBe(false);
    expect(log).toEqual(['+a', '+b', '-b', '+b', '-b', '+c']);
  });
});

describe('URL state', () => {
  test('round-trips and falls back to defaults on nonsense', () => {
    const state = { mode: 'full' as const, kinds: ['person'], eventTypes: undefined, from: '2025-11-01', to: '2025-11-08', selected: ['actor:a'], hidden: ['actor:b'], expanded: [] };
    expect(decodeState(encodeState(state))).toEqual({ ...state, eventTypes: undefined });
    expect(decodeState('#mode=bogus').mode).toBe('actors');
  });
});

describe('time filter', () => {
  const dates = new Map([['event:x:1', '2025-11-03'], ['event:x:2', '2025-09-01']]);
  test('a relation hides only when all its dated events lie outside the range', () => {
    const range = { from: '2025-09-01', to: '2025-09-30' };
    expect(relationInRange(['event:x:1'], { range, eventDates: dates })).toBe(false);
    expect(relationInRange(['event:x:1', 'event:x:2'], { range, eventDates: dates })).toBe(true);
    expect(relationInRange(['statement:x:1'], { range, eventDates: dates })).toBe(true);
    expect(relationInRange(['event:x:1'], { range: null, eventDates: dates })).toBe(true);
  });
});

describe('force layout', () => {
  test('spreads a 300-node graph without overlaps and keeps fixed nodes', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((id, i): [string, string] => [id, `n${Math.floor(i / 3)}`]);
    const positions = forcePositions({ nodes, edges, fixed: { n0: { x: 5, y: 7 } }, ticks: 150 });
    expect(Object.keys(positions)).toHaveLength(300);
    expect(positions.n0).toEqual({ x: 5, y: 7 });
    expect(overlapShare(positions, 6)).toBeLessThan(0.05);
  });
});

describe('big-graph render settings', () => {
  const twoNodes = () => cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }] });

  // activate() is what the renderer calls on a press; Cytoscape's types leave it out.
  const press = (cy: cytoscape.Core, id: string, handler?: () => void) => {
    const element = cy.getElementById(id) as unknown as { activate(handler?: () => void): void };
    if (handler) element.activate(handler);
    else element.activate();
  };

  test('a press does not activate elements of a big graph; other graphs and handler bindings are untouched', () => {
    const big = twoNodes();
    const small = twoNodes();
    setLargeGraphMode(big, true);
    press(big, 'a');
    press(small, 'a');
    expect(big.getElementById('a').active()).toBe(false);
    expect(small.getElementById('a').active()).toBe(true);
    const seen: string[] = [];
    press(big, 'b', () => seen.push('bound'));
    big.getElementById('b').emit('activate');
    expect(seen).toEqual(['bound']);
    setLargeGraphMode(big, false);
    press(big, 'a');
    expect(big.getElementById('a').active()).toBe(true);
  });

  test('settleBoundingBoxes leaves every element with a clean bounding box before the first frame', () => {
    const cy = twoNodes();
    cy.getElementById('b').position({ x: 100, y: 40 });
    let changed = 0;
    settleBoundingBoxes(cy);
    cy.on('bounds', () => changed++);
    // A second pass finds nothing to recompute, so it announces no change (the renderer would drop its cache).
    cy.elements().forEach((e) => void e.boundingBox());
    expect(changed).toBe(0);
    expect(cy.getElementById('ab').boundingBox().w).toBeGreaterThan(90);
  });

  test('layerCacheCovers: a 11000-unit graph is cached fitted (zoom 0.11), not at 0.3 (a 5500 px layer) or from zoom 3.99', () => {
    const box = { w: 11000, h: 11000 };
    expect(layerCacheCovers(box, 0.11)).toBe(true);
    expect(layerCacheCovers(box, 0.3)).toBe(false);
    expect(layerCacheCovers({ w: 100, h: 100 }, 3.99)).toBe(false);
    expect(layerCacheCovers({ w: 100, h: 100 }, 2)).toBe(true);
    // Zoomed far out the level stops at -4 (1/16): the layer does not shrink further.
    expect(layerCacheCovers({ w: 70000, h: 70000 }, 0.01)).toBe(false);
  });
});
