// Throws generated hostile requests (test/int/hardening/support/hostile-requests.ts: random JSON, wrong types, huge
// strings, deep nesting, unicode, invalid ids, repeated query parameters, oversized and non-JSON bodies) at every
// endpoint of a real server process on loopback, and reports: requests tried, status counts, failures (a 5xx, or a
// 4xx not in the JSON error shape), whether the server is still up, and its RSS before and after.
//   npx tsx scripts/fuzz-api.ts [--count 10000] [--concurrency 8] [--max-seconds 900] [--seed N]
// Exit code 0 only when nothing failed and the server is up. Uses NEO4J_URI when set (a throw-away database: it is
// emptied and seeded), else starts an embedded Neo4j of its own.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { z } from 'zod';
import { hostileRequest, sendHostile, type HostileRequest } from '../test/int/hardening/support/hostile-requests.ts';
import { startServerUnderTest } from './support/server-under-test.ts';

const TOKEN = 'fuzz-ingest-token-0123456789abcdef';

const args = z
  .object({
    count: z.coerce.number().int().min(1).max(1_000_000),
    concurrency: z.coerce.number().int().min(1).max(64),
    maxSeconds: z.coerce.number().int().min(1).max(7_200),
    seed: z.coerce.number().int(),
  })
  .parse(
    ((v) => ({ count: v.count, concurrency: v.concurrency, maxSeconds: v['max-seconds'], seed: v.seed }))(
      parseArgs({
        options: {
          count: { type: 'string', default: '10000' },
          concurrency: { type: 'string', default: '8' },
          'max-seconds': { type: 'string', default: '900' },
          seed: { type: 'string', default: String(Date.now() % 2_147_483_647) },
        },
      }).values,
    ),
  );

const log = (line: string) => console.log(`[fuzz] ${line}`);

async function main(): Promise<number> {
  const server = await startServerUnderTest({ INGEST_TOKEN: TOKEN, RATE_LIMIT_CONSOLE: '1000000', RATE_LIMIT_INGEST: '1000000' }, log);
  try {
    const rssBefore = server.rssMiB();
    log(`seed ${args.seed}: ${args.count} requests, ${args.concurrency} at a time, at most ${args.maxSeconds} s; server RSS before ${rssBefore.toFixed(0)} MiB`);
    // One at a time from seed + index: reproducible, and the multi-megabyte bodies are never all in memory at once.
    const arbitrary = hostileRequest(TOKEN);
    const requestAt = (index: number) => fc.sample(arbitrary, { numRuns: 1, seed: args.seed + index })[0] as HostileRequest;
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let next = 0;
    let sent = 0;
    let peakRss = rssBefore;
    const started = Date.now();
    const deadline = started + args.maxSeconds * 1000;

    const worker = async () => {
      while (next < args.count && Date.now() < deadline) {
        const request = requestAt(next++);
        const verdict = await sendHostile(server.baseUrl, request).catch((error: unknown) => ({ ok: false, status: -1, why: String(error) }));
        sent++;
        statuses.set(verdict.status, (statuses.get(verdict.status) ?? 0) + 1);
        if (!verdict.ok) failures.push(`${request.method} ${request.path.slice(0, 160)} → ${verdict.status}: ${verdict.why ?? ''}`);
        if (sent % 1000 === 0) {
          peakRss = Math.max(peakRss, server.rssMiB());
          log(`${sent} sent, ${failures.length} failed, RSS ${server.rssMiB().toFixed(0)} MiB`);
        }
      }
    };
    await Promise.all(Array.from({ length: args.concurrency }, worker));
    const seconds = (Date.now() - started) / 1000;
    const alive = server.alive() && (await fetch(`${server.baseUrl}/api/health`)).status === 200;
    const rssAfter = server.rssMiB();

    log(`requests tried: ${sent} in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s)`);
    log(`statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    log(`5xx: ${[...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0)}, failures: ${failures.length}`);
    for (const failure of failures.slice(0, 20)) log(`  FAIL ${failure}`);
    log(`server up afterwards: ${alive}; RSS before ${rssBefore.toFixed(0)} MiB, peak ${Math.max(peakRss, rssAfter).toFixed(0)} MiB, after ${rssAfter.toFixed(0)} MiB`);
    return failures.length === 0 && alive && sent >= Math.min(args.count, 1) ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[fuzz] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
