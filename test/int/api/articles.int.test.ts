// GET /api/articles and GET /api/articles/:id against the real Neo4j: pages, the evidence reader's sentences and
// mentions, 400 and 404.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './seed.ts';
import type { ArticleDetail, ArticleList } from '../../../server/api/dto.ts';

describe('article endpoints', () => {
  const seeded = useSeededApp();
  const get = seeded.get;

  it('lists articles newest first, without their text, one page at a time', async () => {
    const { status, body } = await get<ArticleList>('/api/articles');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.articles.map((a) => a.id)).toEqual(['article:nk-drills', 'article:seoul-talks']);
    expect(body.articles[0]).toEqual({
      id: 'article:nk-drills',
      title: 'North Korea fires missiles as US and South Korea begin drills',
      source: 'Test Wire',
      url: 'https://example.org/nk-drills',
      publishedAt: '2024-03-10',
      ingestedAt: '2024-03-11T08:00:00Z',
      extractor: 'test-fixture',
      sentenceCount: 4,
    });
    const second = await get<ArticleList>('/api/articles?limit=1&offset=1');
    expect(second.body).toMatchObject({ total: 2, articles: [{ id: 'article:seoul-talks' }] });
    const past = await get<ArticleList>('/api/articles?offset=10');
    expect(past.body).toEqual({ articles: [], total: 2 });
    expect((await get('/api/articles?limit=500')).status).toBe(400);
  });

  it('returns one article with its text and sentences in order, each with its mentions', async () => {
    const { status, body } = await get<ArticleDetail>('/api/articles/article:nk-drills');
    expect(status).toBe(200);
    expect(body.sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    for (const sentence of body.sentences) {
      expect(body.article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const m of sentence.mentions) expect(body.article.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(body.sentences[2]?.mentions.map((m) => [m.nodeId, m.type])).toEqual([
      ['actor:kim-yo-jong', 'actor'],
      ['statement:nk-drills:1', 'statement'],
      ['actor:kcna', 'actor'],
    ]);
  });

  it('answers 404 for an unknown article and 400 for an id that is not an article id', async () => {
    const missing = await get<{ error: { code: string } }>('/api/articles/article:nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    expect((await get('/api/articles/actor:kcna')).status).toBe(400);
  });
});
