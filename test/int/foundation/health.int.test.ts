import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { NEO4J_VERSION } from '../../../server/neo4j-runtime/version.ts';
import { createApp } from '../../../server/app.ts';
import { createDatabase } from '../../../server/db/database.ts';
import { loadConfig } from '../../../server/config.ts';
import type { AddressInfo } from 'node:net';

describe('GET /api/health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports the real Neo4j: version, edition and graph counts', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { version: string; edition: string; uri: string }; counts: { nodes: number; relationships: number } };
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toBe(NEO4J_VERSION);
    expect(body.neo4j.edition).toBe('community');
    expect(body.neo4j.uri).toMatch(/^(bolt|neo4j)(\+s)?:\/\//);
    expect(typeof body.counts.nodes).toBe('number');
    expect(typeof body.counts.relationships).toBe('number');
  });

  it('counts what is in the graph', async () => {
    // Other test files share this database: compare before and after rather than expect absolute numbers.
    type Counts = { counts: { nodes: number; relationships: number } };
    const before = (await (await fetch(`${app.baseUrl}/api/health`)).json()) as Counts;
    await app.db.driver.executeQuery('CREATE (:Probe {id: "probe"})-[:LINK]->(:Probe {id: "probe-2"})');
    try {
      const after = (await (await fetch(`${app.baseUrl}/api/health`)).json()) as Counts;
      expect(after.counts).toEqual({ nodes: before.counts.nodes + 2, relationships: before.counts.relationships + 1 });
    } finally {
      await app.db.driver.executeQuery('MATCH (p:Probe) DETACH DELETE p');
    }
  });

  it('answers 503 with the JSON error shape when Neo4j does not answer', async () => {
    // A port where nothing listens stands for a Neo4j that has gone away.
    const db = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    const server = createApp({ db, config: loadConfig({ NODE_ENV: 'test' }), log: () => {} }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NEO4J_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      server.close();
      await db.close();
    }
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${app.baseUrl}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route GET /no-such-thing' } });
  });
});
