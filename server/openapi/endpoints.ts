// Every API endpoint with the zod schemas of its inputs and its answer: the single source GET /api/openapi.json is
// generated from. Keep it in step with the routes: test/int/api/openapi.int.test.ts checks that each one is served.
import { z } from 'zod';
import {
  articleDetailSchema, articleListSchema, articleParamsSchema, graphDataSchema, articlesQuerySchema, neighbourhoodSchema, neighboursQuerySchema,
  nodeDetailSchema, nodeParamsSchema, pathsQuerySchema, pathsSchema, relationGraphQuerySchema, relationGraphSchema,
  searchQuerySchema, searchResultsSchema, timelineQuerySchema, timelineSchema,
} from '../api/dto.ts';
import {
  consoleRequestSchema, queryResultSchema, runSavedQueryRequestSchema, savedQueryListSchema, savedQueryParamsSchema,
} from '../api/console-dto.ts';
import { ingestRequestSchema, ingestResponseSchema } from '../api/ingest-dto.ts';
import { fullGraphQuerySchema } from '../routes/full-graph.routes.ts';

export interface Endpoint {
  method: 'get' | 'post';
  path: string; // Express form, /api/nodes/:id
  summary: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  status?: number; // success status, 200 unless said
  errors: number[];
  bearer?: boolean;
}

const healthSchema = z
  .object({
    status: z.literal('ok'),
    neo4j: z.object({ version: z.string(), edition: z.string(), uri: z.string() }),
    counts: z.object({ nodes: z.union([z.number(), z.string()]), relationships: z.union([z.number(), z.string()]) }),
  })
  .meta({ id: 'Health' });

const fullGraphSchema = graphDataSchema
  .extend({ total: z.number().int().describe('nodes of the requested types'), truncated: z.boolean() })
  .meta({ id: 'FullGraph' });

export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'get', path: '/api/health', tag: 'meta', summary: 'Which Neo4j answers and how big the graph is', response: healthSchema, errors: [503] },
  { method: 'get', path: '/api/graph', tag: 'graph', summary: 'Actor relationship view: actor pairs projected from shared events and statements', query: relationGraphQuerySchema, response: relationGraphSchema, errors: [400] },
  { method: 'get', path: '/api/graph/full', tag: 'graph', summary: 'The whole graph in one capped request, semantic nodes first', query: fullGraphQuerySchema, response: fullGraphSchema, errors: [400] },
  { method: 'get', path: '/api/nodes/:id', tag: 'graph', summary: 'One node with its evidence sentences and articles', params: nodeParamsSchema, response: nodeDetailSchema, errors: [400, 404] },
  { method: 'get', path: '/api/nodes/:id/neighbours', tag: 'graph', summary: 'Breadth-first expansion (depth 1..3) with per-type counts beyond the limit', params: nodeParamsSchema, query: neighboursQuerySchema, response: neighbourhoodSchema, errors: [400, 404] },
  { method: 'get', path: '/api/paths', tag: 'graph', summary: 'All shortest paths between two nodes', query: pathsQuerySchema, response: pathsSchema, errors: [400, 404] },
  { method: 'get', path: '/api/search', tag: 'graph', summary: 'Ranked full-text search over actors, events, statements, sentences and places', query: searchQuerySchema, response: searchResultsSchema, errors: [400] },
  { method: 'get', path: '/api/timeline', tag: 'graph', summary: 'Events in date order with participants', query: timelineQuerySchema, response: timelineSchema, errors: [400] },
  { method: 'get', path: '/api/articles', tag: 'articles', summary: 'Article summaries, newest first', query: articlesQuerySchema, response: articleListSchema, errors: [400] },
  { method: 'get', path: '/api/articles/:id', tag: 'articles', summary: 'One article with its sentences and mentions', params: articleParamsSchema, response: articleDetailSchema, errors: [400, 404] },
  { method: 'post', path: '/api/articles', tag: 'articles', summary: 'Extract and ingest a new article (bearer token)', body: ingestRequestSchema, response: ingestResponseSchema, status: 201, errors: [400, 401, 413, 415, 429, 503], bearer: true },
  { method: 'get', path: '/api/queries', tag: 'cypher', summary: 'The named read queries of cypher/read/ with their parameter schemas', response: savedQueryListSchema, errors: [] },
  { method: 'post', path: '/api/queries/:name', tag: 'cypher', summary: 'Run a named read query with parameters', params: savedQueryParamsSchema, body: runSavedQueryRequestSchema, response: queryResultSchema, errors: [400, 404, 408, 429] },
  { method: 'post', path: '/api/cypher', tag: 'cypher', summary: 'Run your own read-only Cypher (READ transaction, timeout, row cap)', body: consoleRequestSchema, response: queryResultSchema, errors: [400, 403, 408, 413, 415, 429] },
];
