// The server's whole configuration, read once from the environment and validated: a bad value stops start-up with
// a message naming the variable, instead of surfacing later as a confusing failure.
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    NEO4J_URI: optionalString.pipe(
      z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt://, neo4j://, neo4j+s:// or bolt+s:// URI').optional(),
    ),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: optionalString,
    NEO4J_DATABASE: z.string().default('neo4j'),
    // Where the embedded Neo4j keeps its jars and data when NEO4J_URI is not set (git-ignored).
    NEWSGRAPH_HOME: z.string().default('.newsgraph'),
    // Port of the embedded Neo4j's Bolt connector; 0 picks a free one.
    NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    // Bearer token for POST /api/articles; ingest is refused while it is unset.
    INGEST_TOKEN: optionalString,
    // Load the demo article(s) from data/articles when the database holds no article.
    LOAD_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    CONSOLE_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // Hardening (server/http/security.ts). Browser origins allowed to call the API cross-origin, comma-separated exact
    // origins ("https://news.example.org"); empty means none: the API answers only its own origin.
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform(splitList)
      .pipe(z.array(z.string().refine(isOrigin, 'each must be an http(s) origin: scheme://host[:port], no path, no *'))),
    // Largest JSON request body in bytes (an article's text counts towards it).
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1_024).max(50 * 1_048_576).default(1_048_576),
    // Requests per client per window on POST /api/cypher + /api/queries/:name (console) and POST /api/articles.
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
    RATE_LIMIT_CONSOLE: z.coerce.number().int().min(1).max(1_000_000).default(120),
    RATE_LIMIT_INGEST: z.coerce.number().int().min(1).max(1_000_000).default(20),
    // Proxy hops in front of the server whose X-Forwarded-For is trusted for the client address (0: none).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((c, ctx) => {
    if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
    }
    if (c.NODE_ENV === 'production' && c.INGEST_TOKEN !== undefined && c.INGEST_TOKEN.length < 24) {
      ctx.addIssue({ code: 'custom', path: ['INGEST_TOKEN'], message: 'must be at least 24 characters in production' });
    }
    // Production takes its database and its secrets from the environment only: no embedded Neo4j, no defaults.
    if (c.NODE_ENV === 'production' && !c.NEO4J_URI) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'required in production (with NEO4J_PASSWORD)' });
    }
  });

function splitList(value: string): string[] {
  return value.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
}

/** Exactly what a browser sends in its Origin header: compared as strings, so no trailing slash, path or wildcard. */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
}

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
