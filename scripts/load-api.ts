// Load: 100 concurrent clients (autocannon connections) for 60 s across the read endpoints and the Cypher console,
// against a real server process on loopback over the API test fixture. Reports requests, errors (socket errors,
// timeouts and non-2xx answers), latency percentiles with p99, and the server's RSS before and after.
//   npx tsx scripts/load-api.ts [--duration 60] [--connections 100]
// The console's rate limit is raised for the run (RATE_LIMIT_CONSOLE): the point is throughput, not the limiter.
// Uses NEO4J_URI when set (a throw-away database: it is emptied and seeded), else an embedded Neo4j of its own.
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { z } from 'zod';
import { startServerUnderTest } from './support/server-under-test.ts';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '100' } } });
const args = z
  .object({ duration: z.coerce.number().int().min(1).max(3_600), connections: z.coerce.number().int().min(1).max(1_000) })
  .parse(values);

const json = { 'content-type': 'application/json' };
const MIX: autocannon.Request[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/graph' },
  { method: 'GET', path: '/api/nodes/actor:north-korea' },
  { method: 'GET', path: '/api/nodes/actor:north-korea/neighbours?depth=2' },
  { method: 'GET', path: '/api/paths?from=actor:kim-yo-jong&to=actor:south-korea' },
  { method: 'GET', path: '/api/search?q=korea' },
  { method: 'GET', path: '/api/timeline' },
  { method: 'GET', path: '/api/articles' },
  { method: 'GET', path: '/api/articles/article:nk-drills' },
  { method: 'POST', path: '/api/cypher', headers: json, body: JSON.stringify({ query: 'MATCH (a:Actor)-[r]-(b) RETURN a.name AS a, type(r) AS t, b.id AS b LIMIT 25' }) },
  { method: 'POST', path: '/api/queries/count-graph', headers: json, body: '{}' },
];

const log = (line: string) => console.log(`[load] ${line}`);

async function main(): Promise<number> {
  const server = await startServerUnderTest({ RATE_LIMIT_CONSOLE: '1000000' }, log);
  try {
    // Warm the query caches once, so the run measures serving rather than first-time Cypher planning.
    for (const request of MIX) {
      const body = request.body === undefined ? {} : { body: String(request.body), headers: json };
      await fetch(`${server.baseUrl}${request.path}`, { method: request.method ?? 'GET', ...body });
    }
    const rssBefore = server.rssMiB();
    log(`${args.connections} connections for ${args.duration} s over ${MIX.length} endpoints; server RSS before ${rssBefore.toFixed(0)} MiB`);
    const result = await autocannon({ url: server.baseUrl, connections: args.connections, duration: args.duration, requests: MIX, timeout: 30 });
    const rssAfter = server.rssMiB();
    const errors = result.errors + result.non2xx; // autocannon counts timeouts among its errors
    log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average), 2xx: ${result['2xx']}`);
    log(`errors: ${errors} (socket errors and timeouts ${result.errors}, of which timeouts ${result.timeouts}; non-2xx ${result.non2xx})`);
    const byStatus = Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => `${code}×${stat.count}`).join(' ');
    log(`statuses: ${byStatus}`);
    log(`latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`);
    log(`server RSS before ${rssBefore.toFixed(0)} MiB, after ${rssAfter.toFixed(0)} MiB; up afterwards: ${server.alive()}`);
    return errors === 0 && server.alive() ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[load] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
