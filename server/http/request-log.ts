// One structured log line per request (pino-http), each carrying the request id that the response echoes in
// X-Request-Id, so a user's report and the server's log meet. A caller's own X-Request-Id is kept when it is a plain
// token. Only method, path and address are logged: never headers (Authorization carries the ingest token).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.ts';
import { mapError } from './error-mapping.ts';

const CALLER_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_LOGGED_URL = 500;

/** The caller's id when it is a safe token, else a fresh UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && CALLER_ID.test(header) ? header : randomUUID();
}

export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    quietReqLogger: true, // req.log lines carry reqId only; the completion line adds the request summary
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({
        method: req.method,
        url: typeof req.url === 'string' ? req.url.slice(0, MAX_LOGGED_URL) : undefined,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  });
}

/**
 * Hands a server-side failure (a 5xx) to the request's completion line, so its stack reaches the log with the request
 * id; 4xx are the caller's doing and their status says enough. Place right before the error middleware.
 */
export const recordServerError: ErrorRequestHandler = (error, _req, res, next) => {
  if (mapError(error).status >= 500) (res as ServerResponse & { err?: unknown }).err = error;
  next(error);
};
