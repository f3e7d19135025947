// Load benchmark (not a test): loads a synthetic corpus (scripts/bench-load-corpus.ts) and prints, from ONE run,
// graph elements (nodes + relationships) per second for the batched path (each article one transaction: one statement
// CREATEs a new article with all its rows) and for the naive path (the same MERGE statements once per element: each
// its own auto-commit transaction, as a loader calling `session.run` per node or relationship does; and once more
// inside one transaction per article), and the ratios, all on the same articles. The batched path is timed one
// article after another and two at a time (each still its own transaction), as `npm run load` runs by default, three
// times each: the ratios use the median. The previous batched paths (every article pruned and MERGEd, as a re-load
// still is; the full-text index updated inside each commit) are timed too, as the before of the same run.
//   npx tsx scripts/bench-load.ts [--articles 200] [--sample 40] [--concurrency 2] [--repeats 3]
// Neo4j: NEO4J_URI (+ NEO4J_PASSWORD …) if set — it must hold no article, and is emptied afterwards — else a fresh
// embedded Neo4j in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../server/config.ts';
import { applySchema, awaitIndexes } from '../server/db/apply-schema.ts';
import { cypher } from '../server/db/cypher-registry.ts';
import { createDatabase, waitForNeo4j, type Database } from '../server/db/database.ts';
import type { Neo4jConnection } from '../server/db/neo4j-connection.ts';
import type { GraphDocument } from '../server/loader/graph-document.ts';
import { ingestDocument, type IngestMode } from '../server/loader/ingest.ts';
import { awaitSearchRefresh } from '../server/loader/ingest-search-refresh.ts';
import { startEmbeddedNeo4j } from '../server/neo4j-runtime/embedded-neo4j.ts';
import { DEFAULT_CORPUS, syntheticCorpus } from './bench-load-corpus.ts';
import { loadOneTransactionPerElement } from './bench-load-naive.ts';
import { cpuNow, cpuSince, type CpuSample } from './bench-load-cpu.ts';

const argsSchema = z.object({
  articles: z.coerce.number().int().min(10).max(10_000),
  sample: z.coerce.number().int().min(1).max(50),
  concurrency: z.coerce.number().int().min(1).max(16),
  repeats: z.coerce.number().int().min(1).max(9),
});

interface Timing {
  articles: number;
  elements: number;
  seconds: number;
  rate: number;
  cpu?: CpuSample;
}

async function timeLoad(db: Database, docs: GraphDocument[], mode: IngestMode, concurrency = 1): Promise<Timing> {
  const started = performance.now();
  let elements = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < docs.length; i = next++) {
      const summary = await ingestDocument(db, docs[i] as GraphDocument, mode);
      elements += summary.elements; // after the await: `elements += await …` would lose concurrent updates
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // The full-text index is eventually consistent: a load is done when a search finds it, as the load command waits.
  await awaitSearchRefresh(db);
  const seconds = (performance.now() - started) / 1000;
  return { articles: docs.length, elements, seconds, rate: elements / seconds };
}

/** Recreates the full-text index updated inside each commit (as before it was eventually consistent), or as the schema has it. */
async function searchIndexInCommit(db: Database, inCommit: boolean): Promise<void> {
  await db.driver.executeQuery(cypher().statement('admin/drop-search-index'), {}, { database: db.connection.database });
  if (inCommit) {
    await db.driver.executeQuery(cypher().statement('admin/create-search-index-in-commit'), {}, { database: db.connection.database });
    await awaitIndexes(db);
  } else {
    await applySchema(db); // which waits for the indexes itself
  }
}

const reset = (db: Database) => db.write((tx, registry) => tx.run(registry.statement('admin/delete-all-data')));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const perElement = (ms: number | null | undefined, t: Timing) => (ms === null || ms === undefined ? '–' : `${((1000 * ms) / t.elements).toFixed(0)} µs`);
const line = (label: string, t: Timing) =>
  `${label.padEnd(54)} ${fmt(t.elements).padStart(7)} elements in ${t.seconds.toFixed(2).padStart(6)} s = ${fmt(t.rate).padStart(7)} elements/s` +
  `; CPU per element: Neo4j ${perElement(t.cpu?.neo4jMs, t)}, Node ${perElement(t.cpu?.nodeMs, t)}`;

async function connect(): Promise<{ connection: Neo4jConnection; description: string; pid: number | null; stop(): Promise<void> }> {
  const config = loadConfig();
  if (config.NEO4J_URI) {
    const connection = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE };
    return { connection, description: 'the server at NEO4J_URI', pid: null, stop: async () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const embedded = await startEmbeddedNeo4j({ home: config.NEWSGRAPH_HOME, dataDir });
  return {
    connection: embedded.connection,
    description: 'a fresh embedded Neo4j',
    pid: embedded.pid,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The run with the median rate of an odd number of runs (the lower middle one of an even number). */
const median = (runs: readonly Timing[]): Timing => [...runs].sort((a, b) => a.rate - b.rate)[Math.floor((runs.length - 1) / 2)] as Timing;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, sample: { type: 'string', default: '40' }, concurrency: { type: 'string', default: '2' }, repeats: { type: 'string', default: '3' } } });
  const args = argsSchema.parse(values);
  const corpus = syntheticCorpus({ ...DEFAULT_CORPUS, articles: args.articles });
  const warmup = syntheticCorpus({ ...DEFAULT_CORPUS, articles: args.articles, prefix: 'warmup', seed: 11 });
  const sample = corpus.slice(0, args.sample);

  const neo4j = await connect();
  const db = createDatabase(neo4j.connection);
  try {
    await waitForNeo4j(db.driver, 60_000);
    await applySchema(db);
    const { records } = await db.read('write/count-articles');
    if (Number(records[0]?.get('articles') ?? 0) > 0) throw new Error('the database holds articles: the benchmark needs an empty one');

    console.log(`bench-load: ${neo4j.description}; corpus of ${args.articles} synthetic articles over ${DEFAULT_CORPUS.actors} shared actors and ${DEFAULT_CORPUS.places} places`);
    console.log('elements = nodes + relationships each article describes; one write transaction per article; each line on an empty graph');
    console.log(`machine load average at the start: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores)`);
    // Warm up the JVM and the query plan cache on every path, then start from an empty graph each time. Neo4j's JIT
    // compiler keeps speeding the batched path up for several passes over the corpus: after one pass it spent about
    // twice the CPU per element it spends after eight (62 µs against 28-31 µs in one run), so the batched path is
    // warmed with six passes, one after another and two at a time alternately.
    for (let pass = 0; pass < 6; pass++) {
      await reset(db);
      await timeLoad(db, warmup, 'batched', pass % 2 === 0 ? 1 : args.concurrency);
    }
    await reset(db);
    await timeLoad(db, warmup, 'merge');
    // The naive path is warmed up on a whole corpus too: warmed on 3 articles only, its statements were still being
    // compiled during a measured 8-article sample (2,100 µs of Neo4j CPU per element there, 465 µs over 200
    // articles). The auto-commit path runs the same statements, so this warms it too.
    await reset(db);
    await timeLoad(db, warmup, 'row-by-row');
    const measure = async (label: string, load: () => Promise<Timing>): Promise<Timing> => {
      await reset(db);
      // Deleting a large graph leaves Neo4j busy for a moment (index and store clean-up): not the next load's cost.
      await new Promise((r) => setTimeout(r, 3_000));
      const before = cpuNow(neo4j.pid);
      const timing = { ...(await load()) };
      timing.cpu = cpuSince(before, neo4j.pid);
      console.log(line(label, timing));
      return timing;
    };
    const all = `all ${corpus.length} articles`;
    const merged = await measure(`before: prune + MERGE every article, ${all}, one after another`, () => timeLoad(db, corpus, 'merge'));
    const sequentialRuns: Timing[] = [];
    const concurrentRuns: Timing[] = [];
    for (let run = 1; run <= args.repeats; run++) {
      sequentialRuns.push(await measure(`batched, ${all}, one after another (${run} of ${args.repeats})`, () => timeLoad(db, corpus, 'batched')));
      concurrentRuns.push(await measure(`batched, ${all}, ${args.concurrency} at a time (${run} of ${args.repeats})`, () => timeLoad(db, corpus, 'batched', args.concurrency)));
    }
    const batched = median(sequentialRuns);
    const concurrent = median(concurrentRuns);
    // A schema change empties the query plan cache, and planning the big create-new-article statement again took
    // several tenths of a second: on a 40-article sample that halved the rate. So each path is run once after it.
    const replan = async () => {
      await reset(db);
      await timeLoad(db, warmup.slice(0, args.sample), 'batched');
      await reset(db);
      await timeLoad(db, warmup.slice(0, 2), 'row-by-row');
    };
    await searchIndexInCommit(db, true);
    await replan();
    const inCommit = await measure(`before: batched, full-text index updated inside each commit`, () => timeLoad(db, corpus, 'batched'));
    await searchIndexInCommit(db, false);
    await replan();
    const batchedSample = await measure(`batched, first ${sample.length} articles`, () => timeLoad(db, sample, 'batched'));
    const naiveSample = await measure(`naive: one statement per element, one tx per article, first ${sample.length}`, () => timeLoad(db, sample, 'row-by-row'));
    const naive = await measure(`naive: one statement per element, one tx per article, ${all}`, () => timeLoad(db, corpus, 'row-by-row'));
    const perTx = await measure(`naive: one auto-commit statement per element, ${all}`, async () => {
      const started = performance.now();
      let elements = 0;
      for (const doc of corpus) elements += await loadOneTransactionPerElement(db, doc);
      await awaitSearchRefresh(db);
      const seconds = (performance.now() - started) / 1000;
      return { articles: corpus.length, elements, seconds, rate: elements / seconds };
    });
    await reset(db);

    const x = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
    const rates = (runs: readonly Timing[]) => runs.map((t) => fmt(t.rate)).join(', ');
    console.log(`batched, median of ${args.repeats}: one after another ${fmt(batched.rate)} elements/s (runs: ${rates(sequentialRuns)}); ` +
      `${args.concurrency} at a time ${fmt(concurrent.rate)} elements/s (runs: ${rates(concurrentRuns)})`);
    console.log(`batched (a new article CREATEd by one statement) / before (prune + MERGE), one after another: ${x(batched.rate, merged.rate)} elements/s`);
    console.log(`batched with the eventually consistent full-text index / updated inside each commit: ${x(batched.rate, inCommit.rate)} elements/s` +
      (batched.cpu?.neo4jMs == null || inCommit.cpu?.neo4jMs == null ? '' : `, ${(inCommit.cpu.neo4jMs / batched.cpu.neo4jMs).toFixed(2)}x less Neo4j CPU per element`));
    console.log(`ratio batched/naive on the same ${corpus.length} articles, against one auto-commit statement per element: ` +
      `${x(concurrent.rate, perTx.rate)} ${args.concurrency} at a time (lowest run ${x(Math.min(...concurrentRuns.map((t) => t.rate)), perTx.rate)}), ` +
      `${x(batched.rate, perTx.rate)} one after another (lowest run ${x(Math.min(...sequentialRuns.map((t) => t.rate)), perTx.rate)})`);
    console.log(`ratio batched/naive on the same ${corpus.length} articles, against one statement per element inside one tx per article: ` +
      `${x(concurrent.rate, naive.rate)} ${args.concurrency} at a time, ${x(batched.rate, naive.rate)} one after another`);
    console.log(`ratio batched/naive on the same ${sample.length} articles, one tx per article, one after another: ${x(batchedSample.rate, naiveSample.rate)}`);
    const cpuPerElement = (t: Timing) => (t.cpu?.neo4jMs == null ? null : (t.cpu.neo4jMs + t.cpu.nodeMs) / t.elements);
    const [cpuBatched, cpuNaive, cpuPerTx] = [batched, naive, perTx].map(cpuPerElement);
    if (cpuBatched != null && cpuNaive != null && cpuPerTx != null) {
      console.log(`CPU (Neo4j + Node) per element, naive/batched one after another: ${(cpuPerTx / cpuBatched).toFixed(1)}x (auto-commit per element), ` +
        `${(cpuNaive / cpuBatched).toFixed(1)}x (one tx per article); less sensitive to other work on the machine than wall-clock rates`);
    }
    const best = Math.max(batched.rate, concurrent.rate);
    const loaderRatio = concurrent.rate / perTx.rate;
    console.log(`targets: >= 20,000 elements/s batched: ${best >= 20_000 ? 'met' : 'NOT met'} (best median ${fmt(best)}); ` +
      `>= 50x the naive path (one auto-commit statement per element) for the loader as npm run load runs it (${args.concurrency} at a time): ` +
      `${loaderRatio >= 50 ? 'met' : 'NOT met'} (${loaderRatio.toFixed(1)}x)`);
    console.log(`machine load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (${cpus().length} cores)`);
  } finally {
    await db.close().catch(() => {});
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench-load: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
