// GET /api/search: ranked full-text search; user input is escaped into a Lucene query first.
import type { Database } from '../db/database.ts';
import type { NodeType, SearchResults } from '../api/dto.ts';
import { asNode, toGraphNode } from './graph-elements.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { int } from './query-params.ts';

const LABEL_OF_TYPE: Record<NodeType, string> = {
  actor: 'Actor', event: 'Event', statement: 'Statement', place: 'Place', sentence: 'Sentence', article: 'Article',
};

export async function searchNodes(db: Database, query: { q: string; types: NodeType[]; limit: number }): Promise<SearchResults> {
  const result = await db.read('read/search-nodes', {
    q: toLuceneQuery(query.q),
    labels: query.types.map((t) => LABEL_OF_TYPE[t]),
    limit: int(query.limit),
  });
  return {
    query: query.q,
    results: result.records.map((r) => ({ score: Number(r.get('score')), node: toGraphNode(asNode(r.get('node'))) })),
  };
}
