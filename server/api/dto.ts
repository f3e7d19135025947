// The API's request and response shapes, as zod schemas and the TypeScript types inferred from them. Shared with the
// client (pure zod, no server imports beyond pure vocabularies), validated at the edge by the routes, and turned into
// GET /api/openapi.json by server/openapi/. Request schemas parse query strings: lists come comma-separated.
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_TYPES } from '../loader/graph-document.ts';
import { labelOfId } from '../db/node-ids.ts';

export const NODE_TYPES = ['actor', 'event', 'statement', 'place', 'sentence', 'article'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** "a,b,c" (or absent) → a validated list; an empty string means no filter. OpenAPI: style form, explode false. */
function csvOf<T extends z.ZodType<string>>(item: T) {
  const split = (v: unknown) =>
    v === undefined ? [] : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : v;
  return z.preprocess(split, z.array(item).max(50));
}

const intParam = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const nodeIdSchema = z
  .string()
  .min(3)
  .max(300)
  .refine((id) => labelOfId(id) !== null, 'must start with a node kind: actor:, event:, statement:, place:, sentence: or article:');

function dateRangeOk(v: { from?: string | undefined; to?: string | undefined }): boolean {
  return v.from === undefined || v.to === undefined || v.from <= v.to;
}
const dateRangeIssue = { message: '"from" must not be after "to"', path: ['from'] };

// ---- the graph shape every graph-ish endpoint answers with (Cytoscape elements come straight from it) ----
export const graphNodeSchema = z
  .object({
    id: z.string().describe('the node id property ("actor:north-korea"), never an elementId'),
    labels: z.array(z.string()),
    kind: z.string().describe('actor kind for actors (person, state, …), else the node type (event, sentence, …)'),
    label: z.string().describe('short display text'),
    properties: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'GraphNode' });

export const graphEdgeSchema = z
  .object({
    id: z.string().describe('stable: "<source>|<TYPE>|<target>" (+ "|<start>" for mentions)'),
    source: z.string(),
    target: z.string(),
    type: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'GraphEdge' });

export const graphDataSchema = z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }).meta({ id: 'GraphData' });

export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphData = z.infer<typeof graphDataSchema>;

// ---- GET /api/graph ----
export const relationGraphQuerySchema = z
  .object({
    kinds: csvOf(z.enum(ACTOR_KINDS)),
    eventTypes: csvOf(z.enum(EVENT_TYPES)),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: intParam(1, 5000, 500),
  })
  .refine(dateRangeOk, dateRangeIssue);

export const relationPropertiesSchema = z.object({
  count: z.number().int().describe('shared events plus statements'),
  eventTypes: z.record(z.string(), z.number().int()).describe('how many of each event type; STATEMENT for statements'),
  stance: z.number().min(-1).max(1).describe('-1 conflict … +1 cooperation, mean of GDELT-like event type weights'),
  sentenceIds: z.array(z.string()),
  evidenceIds: z.array(z.string()).describe('the events and statements behind the relation'),
});
export const relationGraphSchema = z
  .object({
    nodes: z.array(graphNodeSchema),
    edges: z.array(graphEdgeSchema.extend({ type: z.literal('RELATED'), properties: relationPropertiesSchema })),
    total: z.number().int().describe('relations before the cap'),
    truncated: z.boolean(),
  })
  .meta({ id: 'RelationGraph' });
export type RelationGraph = z.infer<typeof relationGraphSchema>;
export type RelationProperties = z.infer<typeof relationPropertiesSchema>;

// ---- GET /api/nodes/:id ----
export const nodeParamsSchema = z.object({ id: nodeIdSchema });
export const evidenceSentenceSchema = z.object({
  id: z.string(),
  index: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  articleId: z.string().nullable(),
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    ingestedAt: z.string().nullable(),
    extractor: z.string().nullable(),
    sentenceCount: z.number().int(),
  })
  .meta({ id: 'ArticleSummary' });
export const nodeDetailSchema = z
  .object({ node: graphNodeSchema, evidence: z.array(evidenceSentenceSchema), articles: z.array(articleSummarySchema) })
  .meta({ id: 'NodeDetail' });
export type NodeDetail = z.infer<typeof nodeDetailSchema>;
export type EvidenceSentence = z.infer<typeof evidenceSentenceSchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

// ---- GET /api/nodes/:id/neighbours ----
export const neighboursQuerySchema = z.object({
  depth: intParam(1, 3, 1),
  types: csvOf(z.enum(NODE_TYPES)),
  limit: intParam(1, 1000, 100),
});
export const neighbourhoodSchema = graphDataSchema
  .extend({
    center: z.string(),
    beyond: z.object({
      total: z.number().int().describe('nodes found but left out by the limit'),
      byType: z.record(z.string(), z.number().int()).describe('those left-out nodes per node type'),
    }),
    truncated: z.boolean().describe('true when nodes were left out or an expansion step hit its row cap'),
  })
  .meta({ id: 'Neighbourhood' });
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;

// ---- GET /api/paths ----
export const pathsQuerySchema = z
  .object({ from: nodeIdSchema, to: nodeIdSchema, maxLength: intParam(1, 6, 4), limit: intParam(1, 25, 5) })
  .refine((v) => v.from !== v.to, { message: '"from" and "to" must differ', path: ['to'] });
export const pathsSchema = graphDataSchema
  .extend({ paths: z.array(z.object({ length: z.number().int(), nodeIds: z.array(z.string()), edgeIds: z.array(z.string()) })) })
  .meta({ id: 'Paths' });
export type Paths = z.infer<typeof pathsSchema>;

// ---- GET /api/search ----
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  types: csvOf(z.enum(NODE_TYPES)),
  limit: intParam(1, 100, 20),
});
export const searchResultsSchema = z
  .object({ query: z.string(), results: z.array(z.object({ score: z.number(), node: graphNodeSchema })) })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof searchResultsSchema>;

// ---- GET /api/timeline ----
export const timelineQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    eventTypes: csvOf(z.enum(EVENT_TYPES)),
    actorId: nodeIdSchema.optional(),
    limit: intParam(1, 2000, 200),
  })
  .refine(dateRangeOk, dateRangeIssue);
export const timelineEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string(),
  date: z.string().nullable(),
  datePrecision: z.string().nullable(),
  status: z.string().nullable(),
  articleId: z.string().nullable(),
  place: z.object({ id: z.string(), name: z.string() }).nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), role: z.string().nullable() })),
});
export const timelineSchema = z.object({ events: z.array(timelineEventSchema), truncated: z.boolean() }).meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

// ---- GET /api/articles, GET /api/articles/:id ----
export const articlesQuerySchema = z.object({ limit: intParam(1, 200, 50), offset: intParam(0, 1_000_000, 0) });
export const articleListSchema = z.object({ articles: z.array(articleSummarySchema), total: z.number().int() }).meta({ id: 'ArticleList' });
export const articleParamsSchema = z.object({
  id: z.string().min(9).max(300).refine((id) => id.startsWith('article:'), 'must start with "article:"'),
});
export const articleMentionSchema = z.object({
  nodeId: z.string(),
  type: z.string().describe('actor, event, statement or place'),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export const articleDetailSchema = z
  .object({
    article: articleSummarySchema.extend({ text: z.string() }),
    sentences: z.array(evidenceSentenceSchema.omit({ mentions: true }).extend({ mentions: z.array(articleMentionSchema) })),
  })
  .meta({ id: 'ArticleDetail' });
export type ArticleList = z.infer<typeof articleListSchema>;
export type ArticleDetail = z.infer<typeof articleDetailSchema>;
export type ArticleMention = z.infer<typeof articleMentionSchema>;
