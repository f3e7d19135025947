// The named read queries of cypher/read/, as GET /api/queries lists them and POST /api/queries/:name runs them. Their
// parameter schemas come from the file headers ("params: $limit integer = 25 (rows at most)"); a request's params are
// validated against them and turned into Cypher values (Integer, Date) before the query runs.
import neo4j, { Date as Neo4jDate } from 'neo4j-driver';
import { z } from 'zod';
import type { CypherFile, CypherParam, CypherParamType } from '../db/cypher-file.ts';
import type { CypherRegistry } from '../db/cypher-registry.ts';
import { READ_NAMES } from '../db/cypher-names/read.ts';
import type { SavedQuery, SavedQueryParam } from '../api/console-dto.ts';

export type ReadName = (typeof READ_NAMES)[number];

export function readNameOf(shortName: string): ReadName | null {
  const name = `read/${shortName}`;
  return (READ_NAMES as readonly string[]).includes(name) ? (name as ReadName) : null;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

const VALUE_SCHEMAS: Record<CypherParamType, z.ZodType> = {
  string: z.string().max(10_000),
  integer: z.number().int().transform((n) => neo4j.int(n)),
  float: z.number(),
  boolean: z.boolean(),
  date: isoDate.transform((s) => {
    const [y, m, d] = s.split('-').map(Number);
    return new Neo4jDate(y ?? 1970, m ?? 1, d ?? 1);
  }),
  'string[]': z.array(z.string().max(10_000)).max(1_000),
};

/** The header's default, typed as the request would send it (null for "= null"), or undefined when required. */
export function defaultOf(param: CypherParam): unknown {
  const raw = param.defaultValue;
  if (raw === null) return undefined;
  if (raw === 'null') return null;
  switch (param.type) {
    case 'integer':
    case 'float':
      return Number(raw);
    case 'boolean':
      return raw === 'true';
    case 'string[]':
      return JSON.parse(raw) as unknown;
    default:
      return raw.replace(/^'(.*)'$/, '$1');
  }
}

/** A strict zod object for the query's params: unknown names are refused, defaults filled in, values converted. */
export function paramsSchemaOf(file: CypherFile): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const param of file.params) {
    const fallback = defaultOf(param);
    const value = VALUE_SCHEMAS[param.type];
    // prefault, not default: the default must run through the transform too (25 → Integer, not a float).
    shape[param.name] = fallback === undefined ? value : fallback === null ? value.nullable().default(null) : value.prefault(fallback);
  }
  return z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}

export function describeSavedQuery(name: ReadName, file: CypherFile): SavedQuery {
  return {
    name: name.slice('read/'.length),
    description: file.description,
    params: file.params.map((p): SavedQueryParam => {
      const fallback = defaultOf(p);
      return { name: p.name, type: p.type, required: fallback === undefined, ...(fallback === undefined ? {} : { default: fallback }), description: p.description };
    }),
    columns: file.columns,
    statement: file.statement,
  };
}

export function listSavedQueries(registry: CypherRegistry): SavedQuery[] {
  return READ_NAMES.map((name) => describeSavedQuery(name, registry.get(name)));
}
