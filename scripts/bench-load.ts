// Load benchmark (not a test): loads a synthetic corpus (scripts/bench-load-corpus.ts) and prints, from ONE run,
// graph elements (nodes + relationships) per second for the batched path (each statement once per article with
// all its rows, UNWIND … MERGE) and for the naive path (the same statements once per row: one statement per
// element, waiting for each, in the article's one transaction; and once more with a transaction per element), and the
// ratios. The strict naive path (one transaction per article) runs on the whole corpus, like the batched path, so
// the ratio compares the same articles over seconds on both sides (timed on the first 8 articles alone, the batched
// path takes about 0.1 s, and the naive one cost 4-5x more Neo4j CPU per element there than over 200 articles: work
// left over from emptying the graph and a cold start weigh on a short run, which a long run spreads thin); it is also
// timed on a sample (40 articles), with the batched path on the same sample. The transaction-per-element path (what
// a loader calling the driver once per node or relationship does) runs on the whole corpus too. The batched path is timed once more with several articles in flight (each
// still its own transaction), as `npm run load` does. The previous batched path (every article pruned and MERGEd by
// three statements, as a re-load still is, instead of one statement CREATE-ing a new article) is timed on the whole
// corpus too, as the before of the same run, and so is the batched path with the full-text index updated inside each
// commit (as before it became eventually consistent; every timed load ends when a search would find it).
//   npx tsx scripts/bench-load.ts [--articles 200] [--sample 40] [--concurrency 2] [--naive-articles <all>]
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
  naiveArticles: z.coerce.number().int().min(1).max(10_000).optional(),
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

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, sample: { type: 'string', default: '40' }, concurrency: { type: 'string', default: '2' }, 'naive-articles': { type: 'string' } } });
  const args = argsSchema.parse({ ...values, naiveArticles: values['naive-articles'] });
  const corpus = syntheticCorpus({ ...DEFAULT_CORPUS, articles: args.articles });
  const warmup = syntheticCorpus({ ...DEFAULT_CORPUS, articles: args.articles, prefix: 'warmup', seed: 11 });
  const sample = corpus.slice(0, args.sample);
  const naiveCorpus = corpus.slice(0, args.naiveArticles ?? corpus.length);

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
    // Warm up the JVM and the query plan cache on every path, then start from an empty graph each time. The sample
    // lines come last: right after start-up the JIT compiler was still taking most of Neo4j's CPU (8x the per-element
    // CPU of the same batched path measured later in one run). The JIT kept speeding Neo4j up for longer than a
    // 50-article warm-up (a path measured later in a run looked up to 1.5x cheaper), so each batched path first loads
    // as many articles as it is measured on.
    await timeLoad(db, warmup, 'batched');
    await reset(db);
    await timeLoad(db, warmup, 'merge');
    // The naive path is warmed up as long as the batched one: warmed on 3 articles only, its statements were still
    // being compiled during a measured 8-article sample (2,100 µs of Neo4j CPU per element there, 465 µs over 200
    // articles), which made the batched path look 35x faster where it is about 20x. The transaction-per-element
    // path runs the same statements, so this warms it too.
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
    const merged = await measure(`before: prune + MERGE every article, all ${corpus.length} articles, one after another`, () => timeLoad(db, corpus, 'merge'));
    const batched = await measure(`batched, all ${corpus.length} articles, one after another`, () => timeLoad(db, corpus, 'batched'));
    await searchIndexInCommit(db, true);
    const inCommit = await measure(`before: batched, full-text index updated inside each commit`, () => timeLoad(db, corpus, 'batched'));
    await searchIndexInCommit(db, false);
    const concurrent = await measure(`batched, all ${corpus.length} articles, ${args.concurrency} at a time`, () => timeLoad(db, corpus, 'batched', args.concurrency));
    const batchedSample = await measure(`batched, first ${sample.length} articles`, () => timeLoad(db, sample, 'batched'));
    const naiveSample = await measure(`naive: one statement per element, one tx per article, first ${sample.length}`, () => timeLoad(db, sample, 'row-by-row'));
    const batchedOnNaiveCorpus = naiveCorpus.length === corpus.length ? batched
      : await measure(`batched, first ${naiveCorpus.length} articles`, () => timeLoad(db, naiveCorpus, 'batched'));
    const naive = await measure(`naive: one statement per element, one tx per article, ${naiveCorpus.length === corpus.length ? 'all' : 'first'} ${naiveCorpus.length}`,
      () => timeLoad(db, naiveCorpus, 'row-by-row'));
    const perTx = await measure(`naive: one statement and one tx per element, ${naiveCorpus.length === corpus.length ? 'all' : 'first'} ${naiveCorpus.length}`, async () => {
      const started = performance.now();
      let elements = 0;
      for (const doc of naiveCorpus) elements += await loadOneTransactionPerElement(db, doc);
      await awaitSearchRefresh(db);
      const seconds = (performance.now() - started) / 1000;
      return { articles: naiveCorpus.length, elements, seconds, rate: elements / seconds };
    });
    await reset(db);

    console.log(`batched (a new article CREATEd by one statement) / before (prune + MERGE), all ${corpus.length} articles one after another: ` +
      `${(batched.rate / merged.rate).toFixed(1)}x elements/s`);
    console.log(`batched with the eventually consistent full-text index / updated inside each commit: ${(batched.rate / inCommit.rate).toFixed(2)}x elements/s` +
      (batched.cpu?.neo4jMs == null || inCommit.cpu?.neo4jMs == null ? '' : `, ${(inCommit.cpu.neo4jMs / batched.cpu.neo4jMs).toFixed(2)}x less Neo4j CPU per element`));
    const ratio = batchedOnNaiveCorpus.rate / naive.rate;
    const ratioPerElement = batchedOnNaiveCorpus.rate / perTx.rate;
    console.log(`ratio batched/naive on the same ${naiveCorpus.length} articles: ${ratio.toFixed(1)}x (one tx per article), ${ratioPerElement.toFixed(1)}x (one tx per element)`);
    console.log(`ratio batched/naive on the same ${sample.length} articles: ${(batchedSample.rate / naiveSample.rate).toFixed(1)}x (one tx per article)`);
    const cpuPerElement = (t: Timing) => (t.cpu?.neo4jMs == null ? null : (t.cpu.neo4jMs + t.cpu.nodeMs) / t.elements);
    const [cpuBatchedOnNaive, cpuNaive, cpuPerTx] = [batchedOnNaiveCorpus, naive, perTx].map(cpuPerElement);
    if (cpuBatchedOnNaive != null && cpuNaive != null && cpuPerTx != null) {
      console.log(`CPU (Neo4j + Node) per element, naive/batched: ${(cpuNaive / cpuBatchedOnNaive).toFixed(1)}x (one tx per article, ${naiveCorpus.length} articles), ` +
        `${(cpuPerTx / cpuBatchedOnNaive).toFixed(1)}x (one tx per element); less sensitive to other work on the machine than wall-clock rates`);
    }
    const best = Math.max(batched.rate, concurrent.rate);
    console.log(`targets: >= 20,000 elements/s batched: ${best >= 20_000 ? 'met' : 'NOT met'} (best ${fmt(best)}); ` +
      `>= 50x naive: ${ratio >= 50 ? 'met' : 'NOT met'} against one tx per article (${naiveCorpus.length} articles), ${ratioPerElement >= 50 ? 'met' : 'NOT met'} against one tx per element`);
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
