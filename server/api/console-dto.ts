// Shapes of the Cypher console (POST /api/cypher) and the named read queries (GET /api/queries,
// POST /api/queries/:name). Both answer with the same QueryResult so the client renders them with one table/graph view.
import { z } from 'zod';
import { graphDataSchema } from './dto.ts';

export const consoleRequestSchema = z
  .object({
    query: z.string().trim().min(1).max(20_000),
    params: z.record(z.string().regex(/^\w+$/), z.json()).default({}),
  })
  .meta({ id: 'ConsoleRequest' });
export type ConsoleRequest = z.input<typeof consoleRequestSchema>;

export const queryResultSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())).describe('driver values as plain JSON; integers beyond 2^53 as strings'),
    graph: graphDataSchema.describe('every node and relationship found anywhere in the rows'),
    summary: z.object({
      queryType: z.string().describe('"r": read-only (the only kind the console runs)'),
      rowCount: z.number().int(),
      truncated: z.boolean().describe('more rows existed than the row cap'),
      maxRows: z.number().int(),
      elapsedMs: z.number(),
    }),
  })
  .meta({ id: 'QueryResult' });
export type QueryResult = z.infer<typeof queryResultSchema>;

export const savedQueryParamSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'float', 'boolean', 'date', 'string[]']),
  required: z.boolean(),
  default: z.unknown().optional().describe('the default from the file header, already typed; absent when required'),
  description: z.string(),
});
export const savedQuerySchema = z.object({
  name: z.string().describe('the file name under cypher/read/ without ".cypher"'),
  description: z.string(),
  params: z.array(savedQueryParamSchema),
  columns: z.array(z.string()),
  statement: z.string(),
});
export const savedQueryListSchema = z.object({ queries: z.array(savedQuerySchema) }).meta({ id: 'SavedQueryList' });
export const savedQueryParamsSchema = z.object({ name: z.string().regex(/^[a-z0-9-]{1,100}$/) });
export const runSavedQueryRequestSchema = z
  .object({ params: z.record(z.string(), z.json()).default({}) })
  .meta({ id: 'RunSavedQueryRequest' });
export type SavedQuery = z.infer<typeof savedQuerySchema>;
export type SavedQueryList = z.infer<typeof savedQueryListSchema>;
export type SavedQueryParam = z.infer<typeof savedQueryParamSchema>;
