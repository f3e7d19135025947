// GET /api/health — which Neo4j answers and how big the graph is; 503 (JSON error) when Neo4j does not answer.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import { getHealth } from '../graph/health.repository.ts';

export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.json(await getHealth(db));
  });
  return router;
}
