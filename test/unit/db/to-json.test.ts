import { describe, expect, it } from 'vitest';
import neo4j, { Node, Relationship } from 'neo4j-driver';
import { toJson } from '../../../server/db/to-json.ts';

describe('toJson', () => {
  it('turns safe integers into numbers and larger ones into strings', () => {
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into ISO strings', () => {
    expect(toJson(new neo4j.types.Date(2025, 11, 8))).toBe('2025-11-08');
  });

  it('turns nodes and relationships into plain objects, deeply', () => {
    const node = new Node(neo4j.int(1), ['Actor', 'State'], { id: 'actor:north-korea', count: neo4j.int(3) }, '4:x:1');
    const rel = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(1), 'SAID', { sentenceIds: ['s'] }, '5:x:2', '4:x:1', '4:x:1');
    expect(toJson({ list: [node, rel] })).toEqual({
      list: [
        { elementId: '4:x:1', labels: ['Actor', 'State'], properties: { id: 'actor:north-korea', count: 3 } },
        { elementId: '5:x:2', type: 'SAID', startElementId: '4:x:1', endElementId: '4:x:1', properties: { sentenceIds: ['s'] } },
      ],
    });
  });
});
