// The HTTP defences on the real app over the run's Neo4j: security headers, CORS closed unless configured, rate
// limits on the console and the ingest, body size / type / depth limits with clear messages, X-Request-Id, and
// neither the Neo4j password nor the ingest token in any log line or response.
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { applySchema } from '../../../server/db/apply-schema.ts';
import { testDatabase, type TestApp } from '../../support/test-app.ts';
import { seedTestGraph } from '../api/seed.ts';

const TOKEN = 'security-test-ingest-token-0123456789';
const ALLOWED = 'https://allowed.example';

interface Started extends TestApp {
  lines: string[];
}

async function start(env: Record<string, string>): Promise<Started> {
  const db = testDatabase();
  await applySchema(db);
  const config = loadConfig({ NODE_ENV: 'test', LOAD_DEMO: 'false', INGEST_TOKEN: TOKEN, CORS_ORIGINS: ALLOWED, ...env });
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), done()) });
  const app = createApp({ db, config, logger: createLogger('info', sink) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    db,
    config,
    lines,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

describe('HTTP defences', () => {
  let app: Started;
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    app = await start({ BODY_LIMIT_BYTES: '65536' });
    await seedTestGraph(app.db);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/object-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps CORS closed to unlisted origins and open to listed ones', async () => {
    const foreign = await fetch(`${app.baseUrl}/api/articles`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.baseUrl}/api/cypher`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    const forged = await post('/api/cypher', JSON.stringify({ query: 'RETURN 1' }), { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { code: 'ORIGIN_NOT_ALLOWED' } });

    const allowed = await fetch(`${app.baseUrl}/api/cypher`, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const sameOrigin = await post('/api/cypher', JSON.stringify({ query: 'RETURN 1 AS one' }), { origin: app.baseUrl });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses oversized, non-JSON, binary, malformed and too deeply nested bodies with a clear 4xx', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const huge = await post('/api/cypher', JSON.stringify({ query: `RETURN '${'x'.repeat(70_000)}'` }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the 65536-byte limit.', details: { limitBytes: 65536 } } });

    const binary = await fetch(`${app.baseUrl}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...auth }, body: new Uint8Array([0, 1, 2, 255, 254]) });
    expect(binary.status).toBe(415);
    expect(await binary.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringMatching(/must be JSON/) } });

    const controlChars = await post('/api/articles', JSON.stringify({ title: 't', publishedAt: '2024-01-01', text: 'North\u0000Korea\u0001' }), auth);
    expect(controlChars.status).toBe(400);
    expect(JSON.stringify(await controlChars.json())).toMatch(/not plain text/);

    const malformed = await post('/api/cypher', '{"query": "RETURN 1",');
    expect(await malformed.json()).toMatchObject({ error: { code: 'INVALID_JSON' } });
    expect(malformed.status).toBe(400);

    const deep = await post('/api/cypher', `{"query":"RETURN 1","params":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toMatchObject({ error: { code: 'TOO_DEEP' } });

    const badCharset = await fetch(`${app.baseUrl}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}' });
    expect(badCharset.status).toBe(415);
    const badEncoding = await fetch(`${app.baseUrl}/api/nodes/actor%E0%A4%A`);
    expect(badEncoding.status).toBe(400);
    expect(await badEncoding.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('limits the console and the ingest per client, with 429 in the JSON shape and Retry-After', async () => {
    const limitedApp = await start({ RATE_LIMIT_CONSOLE: '5', RATE_LIMIT_INGEST: '3' });
    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      fetch(`${limitedApp.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post('/api/cypher', JSON.stringify({ query: 'RETURN 1 AS one' }))).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
    const limited = await post('/api/queries/count-graph', '{}');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } } });
    // Reads are not limited.
    expect((await fetch(`${limitedApp.baseUrl}/api/search?q=korea`)).status).toBe(200);

    const ingest: number[] = [];
    for (let i = 0; i < 5; i++) ingest.push((await post('/api/articles', '{}', { authorization: 'Bearer wrong-token' })).status);
    expect(ingest).toEqual([401, 401, 401, 429, 429]); // token guessing is limited too
    await limitedApp.close();
  });

  it('echoes a request id, logs it on the request line, and never logs or returns credentials', async () => {
    const mine = await fetch(`${app.baseUrl}/api/health`, { headers: { 'x-request-id': 'trace-1234' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-1234');
    const health = await mine.text();
    const fresh = await fetch(`${app.baseUrl}/api/nodes/actor:nobody`, { headers: { 'x-request-id': 'bad id with spaces\n' } });
    const freshId = fresh.headers.get('x-request-id') ?? '';
    expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
    await post('/api/articles', '{}', { authorization: `Bearer ${TOKEN}`, cookie: 'session=secret-cookie' });

    await expect.poll(() => app.lines.some((l) => l.includes(freshId))).toBe(true);
    const requestLines = app.lines.map((l) => JSON.parse(l) as { reqId?: string; req?: { url?: string } });
    expect(requestLines.every((l) => typeof l.reqId === 'string')).toBe(true);
    expect(requestLines.find((l) => l.reqId === 'trace-1234')?.req?.url).toBe('/api/health');

    const everything = app.lines.join('\n') + health;
    expect(everything).not.toContain(app.db.connection.password);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('secret-cookie');
    expect(everything.toLowerCase()).not.toContain('authorization');
  });
});
