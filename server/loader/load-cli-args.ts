// The load command's arguments and its start-up failures, as text. Pure, so both are unit-tested.
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const LOAD_USAGE = `usage: npm run load -- [--concurrency N] <files or folders>...

Loads news articles into Neo4j: each *.txt article (with its optional <name>.meta.json) is extracted and written in
its own transaction; *.graph.json files (saved output of \`npm run extract\`) are written as they are. Folders are
searched recursively. Loading an article again changes nothing unless its extraction changed.
--concurrency N: articles in flight at once, each in its own transaction (default 2; 1 = one after another).

Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set, otherwise the embedded Neo4j that
\`npm start\` uses (its data under NEWSGRAPH_HOME, default .newsgraph/) — stop the server first in that case.
Exit code: 0 all loaded, 1 some article failed, 2 nothing could be loaded (bad arguments, no Neo4j).`;

const argsSchema = z.object({
  help: z.boolean(),
  concurrency: z.coerce.number().int().min(1).max(16),
  paths: z.array(z.string().min(1)),
});
export type LoadArgs = z.infer<typeof argsSchema>;

/** Throws an Error whose message is meant for the user when the arguments are not usable. */
export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' }, concurrency: { type: 'string', default: '2' } } });
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error));
  }
  const result = argsSchema.safeParse({ help: parsed.values.help ?? false, concurrency: parsed.values.concurrency, paths: parsed.positionals });
  if (!result.success) throw new Error(result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const args = result.data;
  if (!args.help && args.paths.length === 0) throw new Error('name at least one article file or folder');
  return args;
}

const STORE_LOCKED = /FileLockException|store_lock|locked by another process/;

/** Why Neo4j could not be reached, in words: the embedded store held by a running server gets its own advice. */
export function describeStartError(error: unknown, embeddedHome: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (STORE_LOCKED.test(message)) {
    return (
      `the embedded Neo4j store under ${embeddedHome}/data is in use by another process (probably \`npm start\`). ` +
      'Stop the server and run the load again, or load through the running server (POST /api/articles), ' +
      'or point NEO4J_URI at a Neo4j server.'
    );
  }
  return `could not reach Neo4j: ${message.split('\n')[0] ?? message}`;
}
