// The request-side defences, in the order a request meets them: security headers (helmet), CORS closed unless an
// origin is listed in CORS_ORIGINS, rate limits on the console and the ingest, JSON-only bodies under a size limit and
// a nesting depth, and a last step that turns the framework's own client errors (bad percent-encoding, odd charsets)
// into the one JSON error shape instead of a 500.
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.ts';
import { HttpError } from './http-error.ts';

type SecurityConfig = Pick<
  Config,
  'CORS_ORIGINS' | 'BODY_LIMIT_BYTES' | 'RATE_LIMIT_WINDOW_MS' | 'RATE_LIMIT_CONSOLE' | 'RATE_LIMIT_INGEST' | 'TRUST_PROXY_HOPS'
>;

/** Deeper JSON than this is refused before any handler or zod schema recurses into it. */
export const MAX_JSON_DEPTH = 64;

export function applySecurity(app: Express, config: SecurityConfig): void {
  // Only then is req.ip (the rate limit key) the client's address rather than the proxy's.
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  app.use(securityHeaders());
  app.use('/api', corsPolicy(config.CORS_ORIGINS));
  app.use('/api', rateLimits(config));
  app.use('/api', jsonOnly, jsonBody(config.BODY_LIMIT_BYTES), depthGuard);
}

function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // The explorer's own scripts and its layout worker only; Cytoscape's PNG export is a data: URI.
        'script-src': ["'self'"],
        'worker-src': ["'self'"],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        // Served over plain HTTP on loopback by default; upgrading would break it. TLS belongs to a proxy in front.
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
  });
}

/**
 * No CORS headers unless the Origin is listed, so browsers withhold answers from other sites. A listed origin gets
 * its preflight answered; an unlisted foreign origin may still GET (the browser hides the answer) but anything else
 * is refused outright, so a page elsewhere cannot make a visitor's browser spend the console or the ingest.
 */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined) return next();
    res.vary('Origin');
    if (allowed.has(origin)) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', 'X-Request-Id, Retry-After, RateLimit, RateLimit-Policy');
      if (req.method === 'OPTIONS') {
        res.set('Access-Control-Allow-Methods', 'GET, POST');
        res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Request-Id');
        res.set('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
      return next();
    }
    if (isSameOrigin(origin, req.get('host')) || req.method === 'GET' || req.method === 'HEAD') return next();
    next(new HttpError(403, 'ORIGIN_NOT_ALLOWED', 'Requests from this origin are not allowed (the server lists allowed origins in CORS_ORIGINS).'));
  };
}

export function isSameOrigin(origin: string, host: string | undefined): boolean {
  return host !== undefined && URL.canParse(origin) && new URL(origin).host === host.toLowerCase();
}

function rateLimits(config: SecurityConfig): express.Router {
  const limiter = (name: string, limit: number) =>
    rateLimit({
      windowMs: config.RATE_LIMIT_WINDOW_MS,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      identifier: name,
      // A spoofed X-Forwarded-For is simply ignored while TRUST_PROXY_HOPS is 0: no need to warn on every one.
      validate: { xForwardedForHeader: false },
      handler: (_req, res, next, options) => {
        const seconds = Math.ceil(options.windowMs / 1000);
        res.set('Retry-After', String(seconds));
        next(new HttpError(429, 'RATE_LIMITED', `Too many ${name} requests: at most ${limit} per ${seconds} s. Try again later.`, { retryAfterSeconds: seconds }));
      },
    });
  const router = express.Router();
  const consoleLimit = limiter('console', config.RATE_LIMIT_CONSOLE);
  router.post('/cypher', consoleLimit);
  router.post('/queries/:name', consoleLimit);
  router.post('/articles', limiter('ingest', config.RATE_LIMIT_INGEST));
  return router;
}

/** A body must be JSON: binary uploads, forms and text get a clear 415 instead of an empty-body validation error. */
const jsonOnly: RequestHandler = (req, _res, next) => {
  if (req.is('application/json') !== false) return next(); // null: no body at all
  next(new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON, sent with Content-Type: application/json.'));
};

function jsonBody(limit: number): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) => parse(req, res, (error?: unknown) => next(error === undefined ? undefined : bodyError(error, limit)));
}

/** body-parser's errors (http-errors with a status and a type) as the API's own, with what to change. */
export function bodyError(error: unknown, limit: number): unknown {
  const status = statusOf(error);
  if (status === null) return error;
  if (status === 413) return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the ${limit}-byte limit.`, { limitBytes: limit });
  if (status === 415) return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON, without a content encoding the server does not read.');
  return new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
}

const depthGuard: RequestHandler = (req, _res, next) => {
  if (jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    next(new HttpError(400, 'TOO_DEEP', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`));
    return;
  }
  next();
};

/** Nesting depth of parsed JSON, counted without recursion and stopping once past `stopAfter`. */
export function jsonDepth(value: unknown, stopAfter: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > stopAfter) return deepest;
    for (const child of Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/**
 * Errors Express or its parsers raise for a bad request (a path parameter that is not valid percent-encoding, an
 * aborted upload) carry a 4xx status but are not HttpErrors; without this they would map to 500.
 */
export const clientErrors: ErrorRequestHandler = (error, _req, _res, next) => {
  const status = error instanceof HttpError ? null : statusOf(error);
  if (status === null) return next(error);
  next(new HttpError(status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', 'The request could not be read: check its URL encoding and body.'));
};

function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : null;
  return value !== null && value >= 400 && value < 500 ? value : null;
}

/**
 * Node's HTTP parser refuses some requests before Express sees them (a URL or headers over 16 KB, broken HTTP) and
 * answers with an empty body; this answers them in the JSON error shape too. Call once on the listening server.
 */
export function answerParserErrorsAsJson(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'HEADERS_TOO_LARGE', message: 'The request line or headers are larger than the server accepts.' }
        : { code: 'BAD_REQUEST', message: 'The request is not valid HTTP.' },
    });
    const head = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${head}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}
