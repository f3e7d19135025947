// GET /api/openapi.json — generated from the zod schemas once, on first request.
import { Router } from 'express';
import { buildOpenApiDocument } from '../openapi/openapi-document.ts';

export function openApiRoutes(): Router {
  const router = Router();
  let document: Record<string, unknown> | undefined;
  router.get('/openapi.json', (_req, res) => {
    document ??= buildOpenApiDocument();
    res.json(document);
  });
  return router;
}
