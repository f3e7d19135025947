// The evidence reader's endpoints: a page of articles, one article with its sentences and mentions.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import { articleParamsSchema, articlesQuerySchema } from '../api/dto.ts';
import { parseInput } from '../http/validate.ts';
import { notFound } from '../http/http-error.ts';
import { getArticle, listArticles } from '../graph/article.repository.ts';

export function articleRoutes(db: Database): Router {
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

  return router;
}
