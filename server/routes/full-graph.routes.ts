// GET /api/graph/full: the explorer's "Full graph" view in one request (actors, events, statements, places and the
// provenance nodes), capped with a truncated flag instead of the client walking every actor's neighbourhood.
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { NODE_TYPES } from '../api/dto.ts';
import { parseInput } from '../http/validate.ts';
import { getFullGraph } from '../graph/full-graph.repository.ts';

export const FULL_GRAPH_MAX_NODES = 20_000;

export const fullGraphQuerySchema = z.object({
  types: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : v), z.array(z.enum(NODE_TYPES)).max(NODE_TYPES.length))
    .optional()
    .transform((types) => (types && types.length > 0 ? types : [...NODE_TYPES])),
  limit: z.coerce.number().int().min(1).max(FULL_GRAPH_MAX_NODES).default(5000),
});

export function fullGraphRoutes(db: Database): Router {
  const router = Router();
  router.get('/graph/full', async (req, res) => {
    res.json(await getFullGraph(db, parseInput(fullGraphQuerySchema, req.query)));
  });
  return router;
}
