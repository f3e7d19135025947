// The expansion statement returns nodes and edges as lists (cheaper to ship and decode than driver Nodes and maps);
// these become the same GraphNode and GraphEdge a driver Node and an edge map did.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { edgeFromList, nodeFromList, toGraphEdge, toGraphNode } from '../../../server/graph/graph-elements.ts';

describe('nodeFromList', () => {
  it('gives the GraphNode a driver Node with the same labels and properties gives', () => {
    const properties = { id: 'actor:kcna', name: 'KCNA', kind: 'media', aliases: ['Korean Central News Agency'] };
    const fromList = toGraphNode(nodeFromList([['Actor', 'Media'], properties, null]));
    const fromNode = toGraphNode({ elementId: '4:abc:7', labels: ['Actor', 'Media'], properties });
    expect(fromList).toEqual(fromNode);
    expect(fromList).toMatchObject({ id: 'actor:kcna', kind: 'media', label: 'KCNA' });
  });

  it('drops the null an article\'s text was replaced by, and falls back to the element id without an id', () => {
    const article = toGraphNode(nodeFromList([['Article'], { id: 'article:a', title: 'A', text: null }, null]));
    expect(article.properties).toEqual({ id: 'article:a', title: 'A' });
    expect(toGraphNode(nodeFromList([['Thing'], { name: 'x' }, '4:abc:9'])).id).toBe('4:abc:9');
  });

  it('refuses anything that is not [labels, properties, elementId]', () => {
    expect(() => nodeFromList({ labels: [], properties: {} })).toThrow();
    expect(() => nodeFromList([['Actor'], null, null])).toThrow();
  });
});

describe('edgeFromList', () => {
  it('gives the GraphEdge the edge map with the same fields gives, ids and integers included', () => {
    const properties = { start: neo4j.int(123), end: neo4j.int(130), text: 'Seoul' };
    const fromList = toGraphEdge(edgeFromList(['place:seoul', 'sentence:s:1', 'MENTIONED_IN', properties]));
    const fromMap = toGraphEdge({ source: 'place:seoul', target: 'sentence:s:1', type: 'MENTIONED_IN', properties });
    expect(fromList).toEqual(fromMap);
    expect(fromList).toEqual({
      id: 'place:seoul|MENTIONED_IN|sentence:s:1|123',
      source: 'place:seoul',
      target: 'sentence:s:1',
      type: 'MENTIONED_IN',
      properties: { start: 123, end: 130, text: 'Seoul' },
    });
  });

  it('refuses anything that is not a list', () => {
    expect(() => edgeFromList({ source: 'a', target: 'b' })).toThrow();
  });
});
