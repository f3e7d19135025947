// The shapes the client reads from the API. Kept structural and tolerant (optional fields) so the client can follow
// the server's DTOs as they settle; api.ts checks the few fields it relies on at the boundary.

/** A node as the API sends it in any graph-shaped answer. `labels` are Neo4j labels; `kind` is an actor's kind. */
export interface NodeDto {
  id: string;
  labels?: string[];
  label?: string;
  kind?: string;
  name?: string;
  type?: string;
  summary?: string;
  text?: string;
  title?: string;
  date?: string | null;
  degree?: number;
  properties?: Record<string, unknown>;
}

/** A relationship, real or projected (actor–actor relation with count, event types and stance). */
export interface EdgeDto {
  id?: string;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  type?: string;
  count?: number;
  stance?: number;
  eventTypes?: string[];
  sentenceIds?: string[];
  properties?: Record<string, unknown>;
}

export interface GraphDto {
  nodes: NodeDto[];
  edges: EdgeDto[];
  truncated?: boolean;
}

export interface EvidenceDto {
  id: string;
  text: string;
  index?: number;
  start?: number;
  end?: number;
  articleId?: string;
  articleTitle?: string;
}

export interface NodeDetailDto {
  node: NodeDto;
  evidence: EvidenceDto[];
  statements?: StatementDto[];
  article?: { id: string; title: string } | null;
}

export interface StatementDto {
  id: string;
  text: string;
  mode?: string;
  speakerId?: string;
  speaker?: string;
  date?: string | null;
  sentenceIds?: string[];
}

export interface NeighboursDto extends GraphDto {
  /** What lies beyond the limit, per type: { Event: 12, Statement: 4 }. */
  beyond?: Record<string, number>;
  more?: Record<string, number>;
}

export interface SearchHitDto {
  id: string;
  label?: string;
  labels?: string[];
  kind?: string;
  name?: string;
  text?: string;
  score?: number;
}

export interface TimelineEventDto {
  id: string;
  type: string;
  summary: string;
  date: string | null;
  participants?: { id: string; name: string; role?: string }[];
}

export interface ArticleDto {
  id: string;
  title: string;
  publishedAt?: string;
  source?: string;
  sentences: { id: string; index: number; text: string; start?: number; end?: number }[];
}

export interface SavedQueryDto {
  name: string;
  description?: string;
  text?: string;
  query?: string;
  params?: unknown;
}

export interface CypherResultDto {
  columns: string[];
  rows: unknown[];
  graph: GraphDto;
  truncated?: boolean;
  summary?: Record<string, unknown>;
}

export interface PathsDto {
  paths: { nodes: NodeDto[]; edges: EdgeDto[] }[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
