// Generates the OpenAPI 3.1 document from ENDPOINTS with zod 4's own JSON Schema output (OpenAPI 3.1 schemas are
// JSON Schema 2020-12). Schemas carrying a meta id become components; query and path parameters come from the
// fields of the request schemas, comma-separated lists as style=form, explode=false.
import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from './endpoints.ts';

type JsonSchema = Record<string, unknown>;

const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid parameters, body or Cypher', 401: 'Missing or wrong bearer token', 403: 'Refused: not read-only, or not allowed',
  404: 'No such node, article or query', 408: 'The query ran past its time limit', 413: 'The body is too large',
  415: 'The body is not JSON', 429: 'Rate limited; see details.retryAfterSeconds', 503: 'Neo4j unreachable, or the feature is turned off',
};

export function buildOpenApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  let unnamed = 0;
  // One conversion per schema; its $defs move to components and every "#/$defs/x" becomes "#/components/schemas/x".
  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const raw = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    const defs = (raw['$defs'] ?? {}) as Record<string, JsonSchema>;
    const renames = new Map<string, string>();
    for (const key of Object.keys(defs)) renames.set(key, key.startsWith('__') ? `Json${++unnamed}` : key);
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      const out: JsonSchema = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === '$schema' || k === '$defs') continue;
        out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${renames.get(v.slice(8)) ?? v.slice(8)}` : rewrite(v);
      }
      return out;
    };
    for (const [key, def] of Object.entries(defs)) components[renames.get(key) ?? key] ??= rewrite(def) as JsonSchema;
    return rewrite(raw) as JsonSchema;
  };

  const parameters = (schema: z.ZodObject | undefined, where: 'query' | 'path') =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const fieldSchema = field as z.ZodType;
      const output = convert(fieldSchema, 'output');
      const isList = output['type'] === 'array';
      const description = fieldSchema.description;
      return {
        name,
        in: where,
        required: where === 'path' || !fieldSchema.safeParse(undefined).success,
        schema: isList ? output : convert(fieldSchema, 'input'),
        ...(isList ? { style: 'form', explode: false } : {}),
        ...(description ? { description } : {}),
      };
    });

  const operation = (e: Endpoint) => ({
    tags: [e.tag],
    summary: e.summary,
    operationId: `${e.method}${e.path.replace(/\/:?(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
    parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
    ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: convert(e.body, 'input') } } } } : {}),
    ...(e.bearer ? { security: [{ bearerAuth: [] }] } : {}),
    responses: {
      [String(e.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: convert(e.response, 'output') } } },
      ...Object.fromEntries(
        e.errors.map((status) => [String(status), { description: ERROR_TEXT[status] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
      ),
      default: { description: 'Unexpected error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  });

  convert(errorSchema, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const path = e.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [e.method]: operation(e) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '0.1.0',
      description: 'Explore a knowledge graph of news: actors, events, statements and the sentences behind them. Errors: { error: { code, message, details? } }.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: components, securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
  };
}
