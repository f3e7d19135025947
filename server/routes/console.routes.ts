// The Cypher console (POST /api/cypher) and the named read queries (GET /api/queries, POST /api/queries/:name). Both
// run through runReadOnly: READ session, EXPLAIN query type "r", timeout, row cap.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import type { Config } from '../config.ts';
import { cypher } from '../db/cypher-registry.ts';
import { consoleRequestSchema, runSavedQueryRequestSchema, savedQueryParamsSchema } from '../api/console-dto.ts';
import { parseInput } from '../http/validate.ts';
import { notFound } from '../http/http-error.ts';
import { checkConsoleQuery } from '../console/console-policy.ts';
import { withoutTrailingSemicolon } from '../console/cypher-text.ts';
import { runReadOnly, toCypherParams } from '../console/run-read-only.ts';
import { listSavedQueries, paramsSchemaOf, readNameOf } from '../console/saved-queries.ts';

export function consoleRoutes(db: Database, config: Config): Router {
  const router = Router();
  const limits = { database: db.connection.database, timeoutMs: config.CONSOLE_TIMEOUT_MS, maxRows: config.CONSOLE_MAX_ROWS };

  router.post('/cypher', async (req, res) => {
    const { query, params } = parseInput(consoleRequestSchema, req.body ?? {});
    checkConsoleQuery(query, db.connection.database);
    const cypherParams = toCypherParams(params) as Record<string, unknown>;
    res.json(await runReadOnly(db.driver, withoutTrailingSemicolon(query), cypherParams, limits));
  });

  router.get('/queries', (_req, res) => {
    res.json({ queries: listSavedQueries(cypher()) });
  });

  router.post('/queries/:name', async (req, res) => {
    const { name: shortName } = parseInput(savedQueryParamsSchema, req.params);
    const name = readNameOf(shortName);
    if (!name) throw notFound(`No saved query ${shortName}`);
    const file = cypher().get(name);
    const { params } = parseInput(runSavedQueryRequestSchema, req.body ?? {});
    // Our own files: no text policy (they may call dbms.components), but the same read-only run.
    res.json(await runReadOnly(db.driver, file.statement, parseInput(paramsSchemaOf(file), params), limits));
  });

  return router;
}
