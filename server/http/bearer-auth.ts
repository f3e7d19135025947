// Bearer-token guard for writing endpoints. The token comes from configuration; without one the endpoint is off
// (503 INGEST_DISABLED, saying how to turn it on) rather than open. Tokens are compared as SHA-256 digests with
// timingSafeEqual: constant time, and equal lengths whatever the caller sends.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError, unauthorized } from './http-error.ts';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function requireBearerToken(expected: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (expected === undefined) {
      next(new HttpError(503, 'INGEST_DISABLED', 'Ingest is turned off: the server has no INGEST_TOKEN configured.'));
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !tokensMatch(match[1], expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="newsgraph"');
      next(unauthorized(match ? 'The bearer token is not valid.' : 'A bearer token is required (Authorization: Bearer <token>).'));
      return;
    }
    next();
  };
}
