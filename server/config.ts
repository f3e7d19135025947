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
  })
  .superRefine((c, ctx) => {
    if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required when NEO4J_URI is set' });
    }
    if (c.NODE_ENV === 'production' && c.INGEST_TOKEN !== undefined && c.INGEST_TOKEN.length < 24) {
      ctx.addIssue({ code: 'custom', path: ['INGEST_TOKEN'], message: 'must be at least 24 characters in production' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
