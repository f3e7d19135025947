// Builds the Express application from its dependencies. Never listens: index.ts does, and tests mount it directly.
import express, { type Express } from 'express';
import type { Database } from './db/database.ts';
import type { Config } from './config.ts';
import { apiNotFound, errorMiddleware } from './http/error-middleware.ts';
import { applySecurity, clientErrors } from './http/security.ts';
import { recordServerError, requestLog } from './http/request-log.ts';
import { createLogger, type Logger } from './logger.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { graphRoutes } from './routes/graph.routes.ts';
import { fullGraphRoutes } from './routes/full-graph.routes.ts';
import { articleRoutes } from './routes/article.routes.ts';
import { consoleRoutes } from './routes/console.routes.ts';
import { openApiRoutes } from './routes/openapi.routes.ts';

export interface AppDeps {
  db: Database;
  config: Config;
  /** Folder of the built client (client/dist); not served when absent. */
  clientDir?: string;
  log?: (error: unknown, status: number) => void;
  /** Structured request log; a logger at LOG_LEVEL on stdout when absent. */
  logger?: Logger;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog(deps.logger ?? createLogger(deps.config.LOG_LEVEL)));
  applySecurity(app, deps.config); // headers, CORS, rate limits, JSON body limits (server/http/security.ts)

  const api = express.Router();
  api.use(healthRoutes(deps.db));
  api.use(graphRoutes(deps.db));
  api.use(fullGraphRoutes(deps.db));
  api.use(articleRoutes(deps.db, deps.config.INGEST_TOKEN));
  api.use(consoleRoutes(deps.db, deps.config));
  api.use(openApiRoutes());
  api.use(apiNotFound);
  app.use('/api', api);

  if (deps.clientDir) app.use(express.static(deps.clientDir, { index: 'index.html' }));

  // A 5xx reaches the request log with its stack and request id (recordServerError), so no extra default logging.
  const log = deps.log ?? (() => {});
  app.use(clientErrors, recordServerError, errorMiddleware(log));
  return app;
}
