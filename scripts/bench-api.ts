// API benchmark (not a test): builds a synthetic graph of about 100k nodes (scripts/bench-api-graph.ts, batched
// UNWIND through cypher/admin/seed-bench-*), starts the real app and a bare Express JSON route (the ceiling) on
// loopback, and prints requests/s and p50/p99 latency for search, 2-hop expansion, the relationship view and
// shortest path at 1, 10 and 50 concurrent clients, all from one run.
//   npx tsx scripts/bench-api.ts [--seconds 10] [--clients 1,10,50] [--scale 1] [--client process|inline] [--only 2-hop,bare] [--warmup 60]
// Neo4j: NEO4J_URI (+ NEO4J_PASSWORD …) if set — it must be empty, and is emptied afterwards — else a fresh embedded
// Neo4j in a temporary folder. The load generator runs in a child process (scripts/bench-api-client.ts; --client
// inline runs it in the server's process, as before); the bare Express ceiling is measured by the same generator as
// the API, so the comparison stays fair either way. The relationship view is cached (server/graph/versioned-cache.ts):
// its fixed-query rows are mostly cache hits, and the "uncached" row asks a different limit each time.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import { z } from 'zod';
import { createApp } from '../server/app.ts';
import { applyRuntimeFlags } from '../server/app-runtime-flags.ts';
import { loadConfig } from '../server/config.ts';
import { applySchema } from '../server/db/apply-schema.ts';
import { createDatabase, waitForNeo4j, type Database } from '../server/db/database.ts';
import { startEmbeddedNeo4j } from '../server/neo4j-runtime/embedded-neo4j.ts';
import { DEFAULT_SIZES, syntheticGraph } from './bench-api-graph.ts';
import { percentile, runClients, type Outcome, type RunRequest } from './bench-api-client.ts';
import { loadSyntheticGraph } from './bench-api-seed.ts';
import { ownCpuMs, processCpuMs, watchGcPauses } from './bench-api-cpu.ts';
import { describeSlowest } from './bench-api-slowest.ts';

const args = z
  .object({
    seconds: z.coerce.number().min(1).max(60).default(10),
    clients: z.string().default('1,10,50').transform((s) => s.split(',').map(Number)).pipe(z.array(z.number().int().min(1).max(200))),
    scale: z.coerce.number().min(0.01).max(5).default(1),
    client: z.enum(['process', 'inline']).default('process'),
    only: z.string().optional().transform((s) => (s ? s.split(',') : [])),
    warmup: z.coerce.number().min(1).max(120).default(60),
  })
  .parse(
    parseArgs({
      options: { seconds: { type: 'string' }, clients: { type: 'string' }, scale: { type: 'string' }, client: { type: 'string' }, only: { type: 'string' }, warmup: { type: 'string' } },
    }).values,
  );

const log = (line: string) => console.log(`[bench-api] ${line}`);
const HUB_ACTORS = 50;

async function connect() {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    const connection = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE };
    const db = createDatabase(connection);
    const empty = () => db.write((tx, registry) => tx.run(registry.statement('admin/delete-all-data')));
    return { db, neo4jPid: undefined, stop: async () => void (await empty().catch(() => {})) };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  const neo4j = await startEmbeddedNeo4j({ home: config.NEWSGRAPH_HOME, dataDir, log });
  return {
    db: createDatabase(neo4j.connection),
    neo4jPid: neo4j.pid,
    stop: async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds and loads the synthetic graph and keeps only its random source and word list: the app under test runs in
 * this process, and the graph's rows (tens of megabytes) would otherwise stay on its heap for the whole run.
 */
async function seedGraph(db: Database, sizes: typeof DEFAULT_SIZES): Promise<Pick<ReturnType<typeof syntheticGraph>, 'random' | 'word'>> {
  const graph = syntheticGraph(sizes);
  const loadStarted = performance.now();
  await loadSyntheticGraph(db, graph);
  const counts = await db.driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r', {}, { database: db.connection.database });
  log(`graph: ${counts.records[0]?.get('n')} nodes, ${counts.records[0]?.get('r')} relationships, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  log(`heap of the process that will serve the API, the rows still held: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
  return { random: graph.random, word: graph.word };
}

function listen(app: express.Express): Promise<{ server: Server; base: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/** Runs the clients in the forked generator, or here with --client inline. */
function loadGenerator(): { run(request: RunRequest): Promise<Outcome>; stop(): void } {
  if (args.client === 'inline') return { run: runClients, stop: () => {} };
  const child: ChildProcess = fork(new URL('./bench-api-client.ts', import.meta.url));
  let pending: { resolve(outcome: Outcome): void; reject(error: unknown): void } | undefined;
  child.on('message', (outcome) => pending?.resolve(outcome as Outcome));
  child.on('exit', (code) => pending?.reject(new Error(`the load generator exited (${code})`)));
  return {
    run: (request) =>
      new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(request);
      }),
    stop: () => void child.kill(),
  };
}

async function main(): Promise<void> {
  // This process serves the app, so it runs with the V8 settings server/index.ts applies (see app-runtime-flags.ts).
  applyRuntimeFlags();
  const scaled = (n: number) => Math.max(10, Math.round(n * args.scale));
  const d = DEFAULT_SIZES;
  const sizes = { ...d, articles: scaled(d.articles), actors: scaled(d.actors), events: scaled(d.events), statements: scaled(d.statements), places: scaled(d.places) };
  // Request logging off: the benchmark measures the API, not stdout. (Production also demands NEO4J_URI, hence 'test'.)
  const config = loadConfig({ NODE_ENV: 'test', LOAD_DEMO: 'false', LOG_LEVEL: 'silent' });
  const { db, neo4jPid, stop } = await connect();
  const servers: Server[] = [];
  const generator = loadGenerator();
  try {
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
    const existing = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: db.connection.database });
    if (Number(existing.records[0]?.get('n')) > 0) throw new Error('the Neo4j at NEO4J_URI is not empty; the benchmark needs an empty database');

    const { random, word } = await seedGraph(db, sizes);

    const api = await listen(createApp({ db, config, log: () => {} }));
    const bare = express();
    bare.get('/bare', (_req, res) => {
      res.json({ ok: true });
    });
    const ceiling = await listen(bare);
    servers.push(api.server, ceiling.server);

    let uncached = 0;
    const actor = () => `actor:bench-${Math.floor(random() * sizes.actors)}`;
    // The synthetic graph's hubs are its first 50 actors (scripts/bench-api-graph.ts): 1% of the actors drawn here.
    const hubActor = (url: string) => {
      const index = /actor:bench-(\d+)\//.exec(url)?.[1];
      return index === undefined ? undefined : Number(index) < HUB_ACTORS;
    };
    // Two different actors: the API answers 400 when both ends are the same, which the run would count as an error.
    const actorPair = () => {
      const from = Math.floor(random() * sizes.actors);
      const to = (from + 1 + Math.floor(random() * (sizes.actors - 1))) % sizes.actors;
      return `from=actor:bench-${from}&to=actor:bench-${to}`;
    };
    const scenarios: [string, () => string][] = [
      ['bare Express JSON (ceiling)', () => `${ceiling.base}/bare`],
      ['search ?q=<word>', () => `${api.base}/api/search?q=${encodeURIComponent(word(Math.floor(random() * 8000)))}`],
      ['2-hop expansion, limit 100', () => `${api.base}/api/nodes/${actor()}/neighbours?depth=2&limit=100`],
      ['shortest path, maxLength 4', () => `${api.base}/api/paths?${actorPair()}&maxLength=4&limit=1`],
      // Last: the whole-graph projection takes seconds per request, so 50 clients keep it busy for minutes.
      ['relationship view, one month', () => `${api.base}/api/graph?from=2024-03-01&to=2024-03-31&limit=500`],
      ['relationship view, whole graph', () => `${api.base}/api/graph?limit=500`],
      // A new limit each time (4,900 of them), so no answer comes from the cache: what a view costs after an article load.
      ['relationship view, uncached', () => `${api.base}/api/graph?limit=${100 + (uncached++ % 4_900)}`],
    ];
    const chosen = scenarios.filter(([name]) => args.only.length === 0 || args.only.some((o) => name.includes(o)));
    const urls = (url: () => string) => Array.from({ length: 20_000 }, url);
    log(`load generator: ${args.client === 'process' ? 'a child process' : 'in the server process'}`);
    // CPU ms per request: the process serving the API (with --client inline, the generator too), Neo4j's JVM (only
    // when started here), the generator; GC: the serving process's pauses during the run (count, longest, >= 10 ms).
    log('CPU columns: ms per request of server / Neo4j / load generator; GC: pauses of the serving process (count, max ms, how many >= 10 ms)');
    console.log(
      `\n${'scenario'.padEnd(32)} ${'clients'.padStart(7)} ${'requests'.padStart(8)} ${'errors'.padStart(6)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'KB/resp'.padStart(8)}` +
        ` ${'CPU srv/neo/gen'.padStart(16)} ${'GC n/max/>=10'.padStart(14)}`,
    );
    for (const [name, url] of chosen) {
      // Warm-up: plans cached, pages in memory, and the JVM's JIT past its first pass. A server that has run a while is
      // what users meet, and one second leaves a fresh Neo4j cold: measured, 4.2-5.1 ms of Neo4j CPU per 2-hop
      // expansion at 10 clients after 1 s (the default before 2026-11-28, so older figures are colder), 2.9 after 30 s,
      // about 1.5 after a minute (the default since 2026-11-28's fourth session). Each row then runs 10 s: at 4 s the
      // p99 of a 2-hop row at 10 clients rested on 17 requests.
      await generator.run({ urls: urls(url), clients: 2, seconds: args.warmup });
      for (const clients of args.clients) {
        // Uncached views take seconds each and are computed two at a time: 50 clients would queue for minutes.
        if (name.includes('uncached') && clients > 10) continue;
        const cpuBefore = { server: ownCpuMs(), neo4j: processCpuMs(neo4jPid) };
        const gc = watchGcPauses();
        const o = await generator.run({ urls: urls(url), clients, seconds: args.seconds });
        const pauses = gc.stop();
        const neo4jAfter = processCpuMs(neo4jPid);
        const perRequest = (ms: number | undefined) => (ms === undefined ? '-' : (ms / Math.max(1, o.requests)).toFixed(2));
        const cpu = [perRequest(ownCpuMs() - cpuBefore.server), perRequest(neo4jAfter === undefined || cpuBefore.neo4j === undefined ? undefined : neo4jAfter - cpuBefore.neo4j), perRequest(o.cpuMs)].join('/');
        const sorted = [...o.latencies].sort((a, b) => a - b);
        console.log(
          `${name.padEnd(32)} ${String(clients).padStart(7)} ${String(o.requests).padStart(8)} ${String(o.errors).padStart(6)} ` +
            `${(o.requests / o.seconds).toFixed(0).padStart(8)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 99).toFixed(1).padStart(8)} ` +
            `${(o.bytes / Math.max(1, o.requests) / 1024).toFixed(1).padStart(8)} ${cpu.padStart(16)} ${`${pauses.count}/${pauses.maxMs.toFixed(0)}/${pauses.over10ms}`.padStart(14)}`,
        );
        // GC spans are this process's, which serves both the API and the bare route.
        console.log(`${''.padEnd(40)} ${describeSlowest(o.slowest, pauses.spans, hubActor)}`);
      }
    }
  } finally {
    generator.stop();
    for (const server of servers) server.close();
    await stop();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench-api] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
