// POST /api/cypher and the named read queries, against the real Neo4j: hostile queries change nothing, reads come
// back as rows plus a graph, the row cap and the timeout hold, and the server keeps answering during a runaway query.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './seed.ts';
import type { ErrorBody } from '../../../server/http/http-error.ts';
import { HOSTILE_ATTEMPTS } from './console-battery.ts';
import type { QueryResult } from '../../../server/api/console-dto.ts';

describe('the Cypher console', () => {
  const seeded = useSeededApp({ CONSOLE_TIMEOUT_MS: '1000', CONSOLE_MAX_ROWS: '3' });
  const { post } = seeded;
  const counts = async () => {
    const { records } = await seeded.app.db.driver.executeQuery(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } ' +
        'CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels } RETURN nodes, rels, labels',
    );
    const r = records[0];
    return { nodes: Number(r?.get('nodes')), rels: Number(r?.get('rels')), labels: (r?.get('labels') as string[]).sort() };
  };

  it(`refuses ${HOSTILE_ATTEMPTS.length} hostile attempts with their error codes, and the graph does not change`, async () => {
    expect(HOSTILE_ATTEMPTS.length).toBeGreaterThanOrEqual(30);
    const before = await counts();
    expect(before.nodes).toBe(19);
    const outcomes: string[] = [];
    for (const attempt of HOSTILE_ATTEMPTS) {
      const { status, body } = await post<ErrorBody>('/api/cypher', { query: attempt.query, params: attempt.params ?? {} });
      const ok = attempt.status.includes(status) && attempt.codes.includes(body.error?.code);
      if (!ok) outcomes.push(`${attempt.name}: ${status} ${JSON.stringify(body)}`);
    }
    expect(outcomes).toEqual([]);
    expect(await counts()).toEqual(before);
    const { records } = await seeded.app.db.driver.executeQuery('MATCH (a:Actor) WHERE a.name = "x" OR a:Hacked RETURN count(a) AS n');
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('answers a read with columns, JSON rows and the nodes and relationships it found as a graph', async () => {
    const { status, body } = await post<QueryResult>('/api/cypher', {
      query: "MATCH p = (a:Actor {id: $id})-[:PARTICIPATED_IN]->(e:Event) RETURN p, a.name AS name, e.date AS date ORDER BY e.date LIMIT $n;",
      params: { id: 'actor:north-korea', n: 2 },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['p', 'name', 'date']);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]?.['name']).toBe('North Korea');
    expect(body.rows[0]?.['date']).toBe('2024-03-09');
    expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(['actor:north-korea', 'event:nk-drills:2']);
    expect(body.graph.edges).toEqual([
      expect.objectContaining({ source: 'actor:north-korea', target: 'event:nk-drills:2', type: 'PARTICIPATED_IN' }),
    ]);
    expect(body.summary).toMatchObject({ queryType: 'r', rowCount: 1, truncated: false, maxRows: 3 });
  });

  it('converts integers beyond 2^53 to strings and caps rows with a truncation flag', async () => {
    const big = await post<QueryResult>('/api/cypher', { query: 'RETURN 9007199254740993 AS big, 42 AS small' });
    expect(big.body.rows).toEqual([{ big: '9007199254740993', small: 42 }]);
    const capped = await post<QueryResult>('/api/cypher', { query: 'MATCH (a:Actor) RETURN a.id AS id ORDER BY id' });
    expect(capped.body.rows.map((r) => r['id'])).toEqual(['actor:kcna', 'actor:kim-yo-jong', 'actor:north-korea']);
    expect(capped.body.summary).toMatchObject({ rowCount: 3, truncated: true });
  });

  it('lets allowed read procedures and SHOW INDEXES through', async () => {
    const labels = await post<QueryResult>('/api/cypher', { query: 'CALL db.labels() YIELD label RETURN label ORDER BY label LIMIT 2' });
    expect(labels.status).toBe(200);
    expect(labels.body.rows).toEqual([{ label: 'Actor' }, { label: 'Article' }]);
    const indexes = await post<QueryResult>('/api/cypher', { query: "SHOW INDEXES YIELD name WHERE name = 'search' RETURN name" });
    expect(indexes.body.rows).toEqual([{ name: 'search' }]);
  });

  it('stops a runaway cartesian product at the timeout with 408 while other requests are answered', async () => {
    let runawayDoneAt = Number.POSITIVE_INFINITY;
    const startedAt = Date.now();
    const runaway = post<ErrorBody>('/api/cypher', {
      query: 'MATCH (a), (b), (c), (d), (e), (f) WHERE a.id + b.id + c.id + d.id + e.id + f.id <> "" RETURN count(*) AS n',
    }).then((r) => {
      runawayDoneAt = Date.now();
      return r;
    });
    await new Promise((r) => setTimeout(r, 150));
    const health = await fetch(`${seeded.app.baseUrl}/api/health`);
    const healthDoneAt = Date.now();
    const { status, body } = await runaway;
    expect(health.status).toBe(200);
    // The server answered while the runaway query was still running, and the runaway ended near its 1 s limit.
    expect(healthDoneAt).toBeLessThan(runawayDoneAt);
    expect(runawayDoneAt - startedAt).toBeLessThan(10_000);
    expect(status).toBe(408);
    expect(body.error.code).toBe('QUERY_TIMEOUT');
  });

  it('answers 400 for a syntax error, a missing query and bad params, in the JSON error shape', async () => {
    const syntax = await post<ErrorBody>('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe('CYPHER_ERROR');
    const missing = await post<ErrorBody>('/api/cypher', { params: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    const badParams = await post<ErrorBody>('/api/cypher', { query: 'RETURN $x', params: { 'not a name': 1 } });
    expect(badParams.status).toBe(400);
  });
});

describe('the named read queries', () => {
  const seeded = useSeededApp();
  const { post } = seeded;

  it('lists the files of cypher/read/ with their parameter schemas', async () => {
    const { status, body } = await seeded.get<{ queries: { name: string; params: { name: string; type: string; required: boolean; default?: unknown }[] }[] }>(
      '/api/queries',
    );
    expect(status).toBe(200);
    const timeline = body.queries.find((q) => q.name === 'list-timeline');
    expect(timeline?.params).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'limit', type: 'integer', required: false, default: 200 }),
        expect.objectContaining({ name: 'from', type: 'date', required: false, default: null }),
        expect.objectContaining({ name: 'eventTypes', type: 'string[]', default: [] }),
      ]),
    );
    expect(body.queries.find((q) => q.name === 'get-article')?.params).toEqual([expect.objectContaining({ name: 'id', required: true })]);
  });

  it('runs one with typed params (dates, integers, lists) and defaults', async () => {
    const { status, body } = await post<QueryResult>('/api/queries/list-timeline', {
      params: { from: '2024-01-01', eventTypes: ['MISSILE_LAUNCH', 'THREAT'], limit: 5 },
    });
    expect(status).toBe(200);
    expect(body.rows.map((r) => (r['event'] as { id: string }).id)).toEqual(['event:nk-drills:2']);
    // All defaults: $limit = 50 and $offset = 0 must reach Cypher as integers.
    const defaults = await post<QueryResult>('/api/queries/list-articles', {});
    expect(defaults.status).toBe(200);
    expect(defaults.body.rows.map((r) => (r['article'] as { id: string }).id)).toEqual(['article:nk-drills', 'article:seoul-talks']);
  });

  it('answers 400 for a missing required param, an unknown param or a wrong type, and 404 for an unknown name', async () => {
    expect((await post('/api/queries/get-article', { params: {} })).status).toBe(400);
    expect((await post('/api/queries/get-article', { params: { id: 'article:nk-drills', evil: 1 } })).status).toBe(400);
    expect((await post('/api/queries/list-articles', { params: { limit: 'ten' } })).status).toBe(400);
    const unknown = await post<ErrorBody>('/api/queries/no-such-query', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});
