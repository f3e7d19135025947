// POST /api/articles against the real Neo4j and the real extractor: token required (401 without or wrong, 503 when
// none is configured), bad bodies refused, a good article extracted and written, a re-post changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { resetGraph } from '../../support/test-app.ts';
import { getJson } from './seed.ts';
import type { IngestResponse } from '../../../server/api/ingest-dto.ts';
import type { ArticleDetail } from '../../../server/api/dto.ts';

const TOKEN = 'test-token-that-is-long-enough-1234';
const ARTICLE = {
  title: 'North Korea fires missiles into the sea',
  publishedAt: '2024-03-10',
  source: 'Test Wire',
  text:
    'North Korea fired two ballistic missiles into the sea on Saturday, South Korea said. ' +
    'Kim Yo Jong warned the United States of "overwhelming" consequences.',
};

describe('POST /api/articles', () => {
  let app: TestApp;
  const count = async () => {
    const { records } = await app.db.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    return Number(records[0]?.get('n'));
  };
  const post = <T>(body: unknown, headers: Record<string, string>, target = app) =>
    getJson<T>(`${target.baseUrl}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    app = await startTestApp({ INGEST_TOKEN: TOKEN });
    await resetGraph(app.db);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 401 without a token or with a wrong one, and writes nothing', async () => {
    const none = await post<{ error: { code: string } }>(ARTICLE, {});
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('UNAUTHORIZED');
    expect((await post(ARTICLE, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await post(ARTICLE, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await post(ARTICLE, { authorization: 'Bearer ' })).status).toBe(401);
    expect(await count()).toBe(0);
  });

  it('answers 400 for a body that is not an article', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await post({ ...ARTICLE, publishedAt: '10 March' }, auth)).status).toBe(400);
    expect((await post({ ...ARTICLE, text: '' }, auth)).status).toBe(400);
    expect((await post({ title: 'x' }, auth)).status).toBe(400);
    expect(await count()).toBe(0);
  });

  it('extracts and writes an article, answers with what was created, and a re-post changes nothing', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await post<IngestResponse>(ARTICLE, auth);
    expect(first.status).toBe(201);
    expect(first.body.article).toMatchObject({ title: ARTICLE.title, publishedAt: '2024-03-10', source: 'Test Wire', sentenceCount: 2 });
    expect(first.body.ingest.changed).toBe(true);
    expect(first.body.ingest.nodesCreated).toBeGreaterThan(3);
    const nodes = await count();
    expect(nodes).toBe(first.body.ingest.nodesCreated);

    const detail = await getJson<ArticleDetail>(`${app.baseUrl}/api/articles/${first.body.article.id}`);
    expect(detail.body.sentences).toHaveLength(2);
    expect(detail.body.sentences.flatMap((s) => s.mentions.map((m) => m.nodeId))).toContain('actor:north-korea');

    const again = await post<IngestResponse>(ARTICLE, auth);
    expect(again.status).toBe(200);
    expect(again.body.ingest).toMatchObject({ changed: false, nodesCreated: 0 });
    expect(await count()).toBe(nodes);
  });

  it('is turned off, with a clear error, when no token is configured', async () => {
    const noToken = await startTestApp();
    try {
      const { status, body } = await post<{ error: { code: string; message: string } }>(ARTICLE, { authorization: `Bearer ${TOKEN}` }, noToken);
      expect(status).toBe(503);
      expect(body.error.code).toBe('INGEST_DISABLED');
      expect(body.error.message).toContain('INGEST_TOKEN');
    } finally {
      await noToken.close();
    }
  });
});
