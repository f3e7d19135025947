// The evidence reader's endpoints (a page of articles, one article with its sentences and mentions) and the ingest of
// a new article through the loader, behind the configured bearer token.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import { articleParamsSchema, articlesQuerySchema } from '../api/dto.ts';
import { parseInput } from '../http/validate.ts';
import { notFound } from '../http/http-error.ts';
import { getArticle, listArticles } from '../graph/article.repository.ts';
import { listArticlesById } from '../graph/node.repository.ts';
import { ingestRequestSchema, type IngestResponse } from '../api/ingest-dto.ts';
import { requireBearerToken } from '../http/bearer-auth.ts';
import { articleInputSchema } from '../loader/article-input.ts';
import { ingestArticle } from '../loader/ingest.ts';

export function articleRoutes(db: Database, ingestToken: string | undefined): Router {
  const router = Router();

  router.get('/articles', async (req, res) => {
    res.json(await listArticles(db, parseInput(articlesQuerySchema, req.query)));
  });

  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(articleParamsSchema, req.params);
    const article = await getArticle(db, id);
    if (!article) throw notFound(`No article with id ${id}`);
    res.json(article);
  });

  router.post('/articles', requireBearerToken(ingestToken), async (req, res) => {
    const body = parseInput(ingestRequestSchema, req.body ?? {});
    const { text, ...meta } = body;
    const input = parseInput(articleInputSchema, { text, meta });
    const ingest = await ingestArticle(db, input);
    const [article] = await listArticlesById(db, [ingest.articleId]);
    if (!article) throw new Error(`ingested ${ingest.articleId} but cannot read it back`);
    const answer: IngestResponse = { article, ingest };
    res.status(ingest.changed ? 201 : 200).json(answer);
  });

  return router;
}
