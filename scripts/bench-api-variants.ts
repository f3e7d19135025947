// Same-run A/B of server variants for the 2-hop expansion (not a test): one embedded Neo4j with the API benchmark's
// synthetic graph, one real server process (server/index.ts) per variant, each started with its own Node flags, and
// rounds that alternate between them, so a busy machine or a JVM still warming up weighs on every variant alike.
//   npx tsx scripts/bench-api-variants.ts --variant 'before=' --variant 'after=--max-semi-space-size=32' [--rounds 4] [--seconds 4] [--clients 10]
//   npx tsx scripts/bench-api-variants.ts --variant 'before@<folder with an earlier commit>=' --variant 'after='
// Prints per round and in total: req/s, p50/p99 ms, CPU ms per request of the server, Neo4j and this process (the
// load generator, scripts/bench-api-client.ts run inline).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { applySchema } from '../server/db/apply-schema.ts';
import { createDatabase, waitForNeo4j } from '../server/db/database.ts';
import { startEmbeddedNeo4j } from '../server/neo4j-runtime/embedded-neo4j.ts';
import { PROJECT_ROOT } from '../server/neo4j-runtime/runtime-paths.ts';
import { DEFAULT_SIZES, syntheticGraph } from './bench-api-graph.ts';
import { percentile, runClients } from './bench-api-client.ts';
import { loadSyntheticGraph } from './bench-api-seed.ts';
import { ownCpuMs, processCpuMs } from './bench-api-cpu.ts';

const { values } = parseArgs({ options: { variant: { type: 'string', multiple: true }, compare: { type: 'string' }, rounds: { type: 'string' }, seconds: { type: 'string' }, clients: { type: 'string' } } });
// A variant is "name=flags", or "name@folder=flags" to run the server from another checkout of the project (an
// earlier commit, unpacked with its node_modules linked), so before and after a code change share one run too.
const variants = (values.variant ?? ['before=']).map((v) => {
  const [label = '', flags = ''] = [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)];
  const [name = label, cwd = PROJECT_ROOT] = label.split('@');
  return { name, cwd, flags: flags.split(' ').filter(Boolean) };
});
const rounds = Number(values.rounds ?? 4);
const seconds = Number(values.seconds ?? 4);
const clients = Number(values.clients ?? 10);
const log = (line: string) => console.log(`[variants] ${line}`);

// With --trace-gc among a variant's flags, its pauses while timed are counted: "Scavenge 12.1 (15.0) -> 10.2 (16.0) MB, 1.23 / 0.00 ms".
const GC_LINE = /(Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep)[^,]*MB,\s*([\d.]+)\s*\/\s*[\d.]+\s*ms/;
const gcPauses = new Map<ChildProcess, { timing: boolean; pauses: number[] }>();

function startServer(flags: string[], cwd: string, env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'server/index.ts'], {
    cwd,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', LOAD_DEMO: 'false', LOG_LEVEL: 'silent', NODE_ENV: 'development', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const gc = { timing: false, pauses: [] as number[] };
    gcPauses.set(child, gc);
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (gc.timing) for (const line of text.split('\n')) {
        const pause = GC_LINE.exec(line)?.[2];
        if (pause) gc.pauses.push(Number(pause));
      }
      if (output.length > 100_000) return;
      output += text;
      const match = /Explorer ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) resolve({ child, base: match[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOAD_DEMO: 'false', LOG_LEVEL: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-variants-'));
  const neo4j = await startEmbeddedNeo4j({ home: config.NEWSGRAPH_HOME, dataDir, log });
  const db = createDatabase(neo4j.connection);
  const servers: ChildProcess[] = [];
  try {
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
    const graph = syntheticGraph(DEFAULT_SIZES);
    await loadSyntheticGraph(db, graph);
    const random = graph.random;
    const { uri, user, password, database } = neo4j.connection;
    const env = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
    const running = [];
    for (const v of variants) {
      const server = await startServer(v.flags, v.cwd, env);
      servers.push(server.child);
      running.push({ ...v, ...server, totals: { requests: 0, seconds: 0, latencies: [] as number[], server: 0, neo4j: 0, generator: 0 } });
    }
    const urls = (base: string) => Array.from({ length: 20_000 }, () => `${base}/api/nodes/actor:bench-${Math.floor(random() * DEFAULT_SIZES.actors)}/neighbours?depth=2&limit=100`);
    // The same expansions asked of every variant: their answers must be equal byte for byte to the first variant's.
    const compare = Number(values.compare ?? 200);
    const compareUrls = Array.from({ length: compare }, (_, i) => `/api/nodes/actor:bench-${i < 50 ? i : Math.floor(random() * DEFAULT_SIZES.actors)}/neighbours?depth=${1 + (i % 3)}&limit=${[100, 25, 300][i % 3]}`);
    let differences = 0;
    for (const path of compareUrls) {
      const bodies = await Promise.all(
        running.map(async (r) => {
          const answer = await fetch(`${r.base}${path}`);
          if (answer.status !== 200) throw new Error(`${r.name} answered ${path} with ${answer.status}`);
          return answer.text();
        }),
      );
      if (bodies.some((b) => b !== bodies[0])) {
        if (differences++ === 0) log(`first difference: ${path}`);
      }
    }
    log(`${compare} expansions (hubs 0-49 and random actors, depth 1-3, limit 25/100/300): ${differences} answers differ between variants`);
    // Neo4j's JIT keeps speeding the expansion up for tens of seconds: warm every variant up before timing any.
    for (let i = 0; i < 3; i++) for (const r of running) await runClients({ urls: urls(r.base), clients, seconds: 5 });
    console.log(`${'round'.padEnd(6)} ${'variant'.padEnd(12)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(6)}  CPU ms/req srv/neo/gen`);
    const row = (label: string, name: string, requests: number, secs: number, latencies: number[], cpu: [number, number, number]) => {
      const sorted = [...latencies].sort((a, b) => a - b);
      const per = cpu.map((c) => (c / Math.max(1, requests)).toFixed(2)).join('/');
      console.log(`${label.padEnd(6)} ${name.padEnd(12)} ${(requests / secs).toFixed(0).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(6)} ${percentile(sorted, 99).toFixed(1).padStart(6)}  ${per}`);
    };
    for (let round = 1; round <= rounds; round++) {
      // Alternate the order each round, so neither variant always runs right after the other.
      const order = round % 2 === 1 ? running : [...running].reverse();
      for (const r of order) {
        const before = [processCpuMs(r.child.pid) ?? 0, processCpuMs(neo4j.pid) ?? 0, ownCpuMs()] as const;
        const gc = gcPauses.get(r.child);
        if (gc) gc.timing = true;
        const o = await runClients({ urls: urls(r.base), clients, seconds });
        if (gc) gc.timing = false;
        const cpu: [number, number, number] = [(processCpuMs(r.child.pid) ?? 0) - before[0], (processCpuMs(neo4j.pid) ?? 0) - before[1], ownCpuMs() - before[2]];
        row(String(round), r.name, o.requests, o.seconds, o.latencies, cpu);
        const t = r.totals;
        t.requests += o.requests;
        t.seconds += o.seconds;
        t.latencies.push(...o.latencies);
        t.server += cpu[0];
        t.neo4j += cpu[1];
        t.generator += cpu[2];
      }
    }
    for (const r of running) row('all', r.name, r.totals.requests, r.totals.seconds, r.totals.latencies, [r.totals.server, r.totals.neo4j, r.totals.generator]);
    for (const r of running) {
      const pauses = gcPauses.get(r.child)?.pauses ?? [];
      if (pauses.length === 0) continue;
      const total = pauses.reduce((a, b) => a + b, 0);
      log(`${r.name} GC while timed: ${pauses.length} pauses, ${(total / r.totals.requests).toFixed(2)} ms per request, max ${Math.max(...pauses).toFixed(1)} ms, ${pauses.filter((p) => p >= 10).length} of 10 ms or more`);
    }
  } finally {
    for (const child of servers) child.kill('SIGTERM');
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[variants] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
