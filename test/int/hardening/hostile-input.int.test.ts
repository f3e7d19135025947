// Property-based hostile input against the real app over the run's Neo4j: whatever fast-check generates for any
// endpoint (support/hostile-requests.ts), the answer is below 400 or a 4xx in the one JSON error shape; never a 5xx,
// never a stack trace, and the server still answers afterwards. scripts/fuzz-api.ts runs the same generators at volume.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startAppOver, type AppOver } from './support/app-over.ts';
import { seedTestGraph } from '../api/seed.ts';
import { hostileRequest, sendHostile } from './support/hostile-requests.ts';

const TOKEN = 'hostile-input-ingest-token-0123456789';

describe('hostile input', () => {
  let app: AppOver;

  beforeAll(async () => {
    app = await startAppOver(inject('neo4j'), { INGEST_TOKEN: TOKEN, RATE_LIMIT_CONSOLE: '1000000', RATE_LIMIT_INGEST: '1000000' });
    await seedTestGraph(app.db);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers every generated request with < 400 or a JSON 4xx, never a 5xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileRequest(TOKEN), async (request) => {
        const verdict = await sendHostile(app.baseUrl, request);
        statuses.set(verdict.status, (statuses.get(verdict.status) ?? 0) + 1);
        if (!verdict.ok) throw new Error(`${request.method} ${request.path.slice(0, 200)} → ${verdict.status}: ${verdict.why}`);
      }),
      { numRuns: 400 },
    );
    console.log(`[hostile] statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  }, 300_000);

  it('answers 400 or 404 for any unicode string as a node id, and the graph is unchanged', async () => {
    const before = await (await fetch(`${app.baseUrl}/api/health`)).json();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (id) => {
        const response = await fetch(`${app.baseUrl}/api/nodes/${encodeURIComponent(id)}`);
        expect([400, 404]).toContain(response.status);
        expect(await response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }),
      { numRuns: 150 },
    );
    expect(await (await fetch(`${app.baseUrl}/api/health`)).json()).toEqual(before);
  }, 120_000);
});
