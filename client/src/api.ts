// Typed fetch wrappers for the newsgraph API (same origin). Every failure becomes an ApiError carrying the server's
// one error shape { error: { code, message } }, so panels can show the message inline.
import type {
  ArticleDto, CypherResultDto, GraphDto, NeighboursDto, NodeDetailDto, PathsDto, SavedQueryDto, SearchHitDto,
  TimelineEventDto,
} from './api-types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

function url(path: string, query: Query = {}): string {
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

async function request<T>(path: string, init: RequestInit = {}, query: Query = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url(path, query), { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readError(body);
    throw new ApiError(response.status, error?.code ?? 'HTTP_' + response.status, error?.message ?? response.statusText, error?.details);
  }
  if (body === null || typeof body !== 'object') throw new ApiError(response.status, 'BAD_RESPONSE', 'The server sent no JSON.');
  return body as T;
}

function readError(body: unknown): { code: string; message: string; details?: unknown } | null {
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
  view?: 'actors' | 'full';
}

export const api = {
  graph: (filter: GraphFilter = {}) => request<GraphDto>('graph', {}, { ...filter }),
  node: (id: string) => request<NodeDetailDto>(`nodes/${encodeURIComponent(id)}`),
  neighbours: (id: string, options: { depth?: number; limit?: number; types?: string[] } = {}) =>
    request<NeighboursDto>(`nodes/${encodeURIComponent(id)}/neighbours`, {}, options),
  paths: (from: string, to: string, maxLength = 6) => request<PathsDto>('paths', {}, { from, to, maxLength }),
  search: (q: string, limit = 10) => request<{ hits?: SearchHitDto[]; results?: SearchHitDto[] }>('search', {}, { q, limit }),
  timeline: () => request<{ events: TimelineEventDto[] }>('timeline'),
  article: (id: string) => request<ArticleDto | { article: ArticleDto }>(`articles/${encodeURIComponent(id)}`),
  queries: () => request<{ queries: SavedQueryDto[] }>('queries'),
  cypher: (query: string, params: Record<string, unknown> = {}) => request<CypherResultDto>('cypher', post({ query, params })),
  ingest: (article: { title: string; publishedAt: string; text: string; source?: string }, token: string) =>
    request<Record<string, unknown>>('articles', post(article, { authorization: `Bearer ${token}` })),
  health: () => request<Record<string, unknown>>('health'),
};
