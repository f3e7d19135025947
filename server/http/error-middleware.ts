import type { ErrorRequestHandler, RequestHandler } from 'express';
import { mapError } from './error-mapping.ts';
import { notFound } from './http-error.ts';

/** Unknown /api routes answer 404 in the JSON shape, not Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(notFound(`No route ${req.method} ${req.path}`));
};

export function errorMiddleware(log: (error: unknown, status: number) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const mapped = mapError(error);
    log(error, mapped.status);
    res.status(mapped.status).json(mapped.body);
  };
}
