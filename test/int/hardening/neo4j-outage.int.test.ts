// Neo4j stops while the server runs: every endpoint that needs the database answers 503 in the JSON error shape
// before a 2 s deadline (no hang), the process keeps serving what needs no database, and once Neo4j is back the same
// server answers again within 5 s, without a restart. Uses a Neo4j of its own (support/restartable-neo4j.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestartableNeo4j, type RestartableNeo4j } from './support/restartable-neo4j.ts';
import { startAppOver, type AppOver } from './support/app-over.ts';
import { seedTestGraph } from '../api/seed.ts';

const TOKEN = 'outage-test-ingest-token-0123456789';
const NO_HANG_MS = 2_000;
const RECOVERY_MS = 5_000;
// Starting a JVM on a busy 2-core machine takes a while; the bounds that matter are the ones asserted inside.
const SLOW = 240_000;

interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const DATABASE_CALLS: Call[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/graph' },
  { method: 'GET', path: '/api/graph/full' },
  { method: 'GET', path: '/api/nodes/actor:north-korea' },
  { method: 'GET', path: '/api/nodes/actor:north-korea/neighbours?depth=2' },
  { method: 'GET', path: '/api/paths?from=actor:kim-yo-jong&to=actor:south-korea' },
  { method: 'GET', path: '/api/search?q=korea' },
  { method: 'GET', path: '/api/timeline' },
  { method: 'GET', path: '/api/articles' },
  { method: 'GET', path: '/api/articles/article:nk-drills' },
  { method: 'POST', path: '/api/cypher', body: { query: 'MATCH (a:Actor) RETURN a.name AS name ORDER BY name' } },
  { method: 'POST', path: '/api/queries/count-graph', body: {} },
  {
    method: 'POST',
    path: '/api/articles',
    body: { title: 'Envoys meet', publishedAt: '2024-05-02', text: 'Envoys of Japan and South Korea met in Tokyo on Thursday.' },
  },
];

interface Answer {
  status: number;
  body: unknown;
  ms: number;
}

describe('Neo4j stops and comes back while the server runs', () => {
  let neo4j: RestartableNeo4j;
  let app: AppOver;

  const send = async (call: Call, deadlineMs = NO_HANG_MS): Promise<Answer> => {
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}${call.path}`, {
      method: call.method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal: AbortSignal.timeout(deadlineMs), // a hang fails the test with a TimeoutError
    });
    return { status: response.status, body: await response.json(), ms: performance.now() - started };
  };

  beforeAll(async () => {
    neo4j = await startRestartableNeo4j();
    app = await startAppOver(neo4j.connection, { INGEST_TOKEN: TOKEN, RATE_LIMIT_CONSOLE: '1000', RATE_LIMIT_INGEST: '1000' });
    await seedTestGraph(app.db);
  }, SLOW);
  afterAll(async () => {
    await app?.close();
    await neo4j?.dispose();
  }, SLOW);

  it('serves every endpoint while Neo4j is up', async () => {
    for (const call of DATABASE_CALLS) {
      const answer = await send(call, 60_000);
      expect([200, 201], `${call.method} ${call.path}`).toContain(answer.status);
    }
  }, SLOW);

  it('answers 503 in the JSON error shape before the deadline on every database endpoint, one by one and all at once', async () => {
    await neo4j.stop();
    const times: number[] = [];
    for (const call of DATABASE_CALLS) {
      const answer = await send(call);
      expect(answer.status, `${call.method} ${call.path}`).toBe(503);
      expect(answer.body).toEqual({ error: { code: 'NEO4J_UNAVAILABLE', message: expect.stringMatching(/not reachable/) } });
      times.push(answer.ms);
    }
    const burst = await Promise.all([...DATABASE_CALLS, ...DATABASE_CALLS].map((call) => send(call)));
    expect(burst.map((a) => a.status)).toEqual(burst.map(() => 503));
    times.push(...burst.map((a) => a.ms));
    console.log(`[outage] ${times.length} calls while Neo4j was down: 503 in ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} ms`);

    // The process is up and still answers what needs no database.
    const saved = await fetch(`${app.baseUrl}/api/queries`, { signal: AbortSignal.timeout(NO_HANG_MS) });
    expect(saved.status).toBe(200);
  }, SLOW);

  it('serves again within 5 s of Neo4j answering, without a restart of the server', async () => {
    await neo4j.start();
    const started = performance.now();
    let recoveredAfter: number | null = null;
    while (performance.now() - started < RECOVERY_MS) {
      const answer = await send({ method: 'GET', path: '/api/health' }).catch(() => null);
      if (answer?.status === 200) {
        recoveredAfter = performance.now() - started;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(`[outage] serving again ${recoveredAfter === null ? 'NOT within 5 s' : `${Math.round(recoveredAfter)} ms`} after Neo4j came back`);
    expect(recoveredAfter).not.toBeNull();
    for (const call of DATABASE_CALLS) {
      const answer = await send(call, 60_000);
      expect([200, 201], `${call.method} ${call.path}`).toContain(answer.status);
    }
  }, SLOW);

  it('answers 503 too when Neo4j crashes (SIGKILL) rather than stopping, and recovers its data', async () => {
    const before = await send({ method: 'GET', path: '/api/articles' }, 60_000);
    await neo4j.kill();
    const down = await send({ method: 'GET', path: '/api/nodes/actor:north-korea' });
    expect(down.status).toBe(503);
    await neo4j.start();
    await expect.poll(async () => (await send({ method: 'GET', path: '/api/health' }).catch(() => null))?.status, { timeout: RECOVERY_MS, interval: 100 }).toBe(200);
    expect(await send({ method: 'GET', path: '/api/articles' }, 60_000)).toMatchObject({ status: 200, body: before.body });
  }, SLOW);
});
