// Typed fetch wrappers for the newsgraph API (same origin). Answers are parsed with the server's own zod schemas
// (server/api/*), so a drift between server and client fails loudly here instead of as a blank panel. Every failure
// becomes an ApiError carrying the server's one error shape { error: { code, message } }.
import { z } from 'zod';
import {
  articleDetailSchema, articleListSchema, graphDataSchema, neighbourhoodSchema, nodeDetailSchema, pathsSchema, relationGraphSchema,
  searchResultsSchema, timelineSchema,
} from '../../server/api/dto.ts';
import { queryResultSchema, savedQueryListSchema } from '../../server/api/console-dto.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const qs = params.toString();
  return `api/${path}${qs ? `?${qs}` : ''}`;
}

async function request<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}, query: Query = {}): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readError(body);
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText, error?.details);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'BAD_RESPONSE', `Unexpected answer from ${path}.`, parsed.error.issues);
  return parsed.data;
}

export function readError(body: unknown): { code: string; message: string; details?: unknown } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, details } = error as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' ? { code, message, details } : null;
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export interface GraphFilter {
  kinds?: string[];
  eventTypes?: string[];
  from?: string;
  to?: string;
  limit?: number;
}

/** GET /api/graph/full (server/routes/full-graph.routes.ts): the graph shape plus how many nodes exist and whether it was cut. */
export const fullGraphSchema = graphDataSchema.extend({ total: z.number().int(), truncated: z.boolean() });

export const api = {
  fullGraph: (options: { types?: string[]; limit?: number } = {}) => request(fullGraphSchema, 'graph/full', {}, options),
  graph: (filter: GraphFilter = {}) => request(relationGraphSchema, 'graph', {}, { ...filter }),
  node: (id: string) => request(nodeDetailSchema, `nodes/${encodeURIComponent(id)}`),
  neighbours: (id: string, options: { depth?: number; limit?: number; types?: string[] } = {}) =>
    request(neighbourhoodSchema, `nodes/${encodeURIComponent(id)}/neighbours`, {}, options),
  paths: (from: string, to: string, maxLength = 4) => request(pathsSchema, 'paths', {}, { from, to, maxLength, limit: 1 }),
  search: (q: string, limit = 10) => request(searchResultsSchema, 'search', {}, { q, limit }),
  timeline: (filter: { from?: string; to?: string; limit?: number } = {}) => request(timelineSchema, 'timeline', {}, filter),
  articles: () => request(articleListSchema, 'articles'),
  article: (id: string) => request(articleDetailSchema, `articles/${encodeURIComponent(id)}`),
  queries: () => request(savedQueryListSchema, 'queries'),
  cypher: (query: string, params: Record<string, unknown> = {}) => request(queryResultSchema, 'cypher', post({ query, params })),
  runSaved: (name: string, params: Record<string, unknown> = {}) =>
    request(queryResultSchema, `queries/${encodeURIComponent(name)}`, post({ params })),
};

export async function ingestArticle(
  article: { title: string; publishedAt: string; text: string; source?: string },
  token: string,
): Promise<Record<string, unknown>> {
  const response = await fetch(apiUrl('articles'), post(article, { authorization: `Bearer ${token}`, accept: 'application/json' }));
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readError(body);
    throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText);
  }
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}
