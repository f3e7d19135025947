// Errors a handler throws on purpose. The error middleware turns them (and Neo4j's and zod's) into one JSON shape:
// { error: { code, message, details? } }.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, details?: unknown) => new HttpError(400, 'BAD_REQUEST', message, details);
export const notFound = (message: string) => new HttpError(404, 'NOT_FOUND', message);
export const unauthorized = (message: string) => new HttpError(401, 'UNAUTHORIZED', message);
export const forbidden = (message: string, details?: unknown) => new HttpError(403, 'FORBIDDEN', message, details);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
