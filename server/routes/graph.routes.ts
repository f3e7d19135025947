// The exploration endpoints: relationship view, node detail, neighbours, paths, search, timeline.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import {
  neighboursQuerySchema,
  nodeParamsSchema,
  pathsQuerySchema,
  relationGraphQuerySchema,
  searchQuerySchema,
  timelineQuerySchema,
} from '../api/dto.ts';
import { parseInput } from '../http/validate.ts';
import { notFound } from '../http/http-error.ts';
import { cachedRelationGraph } from '../graph/relation-graph.repository.ts';
import { getNodeDetail } from '../graph/node.repository.ts';
import { expandNeighbours } from '../graph/neighbour.repository.ts';
import { findPaths } from '../graph/path.repository.ts';
import { searchNodes } from '../graph/search.repository.ts';
import { listTimeline } from '../graph/timeline.repository.ts';

export function graphRoutes(db: Database): Router {
  const router = Router();
  const relationGraphJson = cachedRelationGraph(db);

  router.get('/graph', async (req, res) => {
    // Already JSON: a cached answer is a few hundred kilobytes, not worth serialising again for every client.
    res.type('json').send(await relationGraphJson(parseInput(relationGraphQuerySchema, req.query)));
  });

  router.get('/nodes/:id', async (req, res) => {
    const { id } = parseInput(nodeParamsSchema, req.params);
    const detail = await getNodeDetail(db, id);
    if (!detail) throw notFound(`No node with id ${id}`);
    res.json(detail);
  });

  router.get('/nodes/:id/neighbours', async (req, res) => {
    const { id } = parseInput(nodeParamsSchema, req.params);
    const neighbourhood = await expandNeighbours(db, id, parseInput(neighboursQuerySchema, req.query));
    if (!neighbourhood) throw notFound(`No node with id ${id}`);
    res.json(neighbourhood);
  });

  router.get('/paths', async (req, res) => {
    const outcome = await findPaths(db, parseInput(pathsQuerySchema, req.query));
    if ('missing' in outcome) throw notFound(`No node with id ${outcome.missing.join(', ')}`);
    res.json(outcome.found);
  });

  router.get('/search', async (req, res) => {
    res.json(await searchNodes(db, parseInput(searchQuerySchema, req.query)));
  });

  router.get('/timeline', async (req, res) => {
    res.json(await listTimeline(db, parseInput(timelineQuerySchema, req.query)));
  });

  return router;
}
