// Maps anything thrown into (status, body). Pure, so every branch is unit-tested without a server.
// Neo4j errors are recognised by their code; anything unrecognised is a 500 whose message says nothing internal.
import { ZodError } from 'zod';
import { HttpError, type ErrorBody } from './http-error.ts';

export interface MappedError {
  status: number;
  body: ErrorBody;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function mapError(error: unknown): MappedError {
  if (error instanceof HttpError) {
    return body(error.status, error.code, error.message, error.details);
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return body(400, 'VALIDATION_FAILED', 'The request is not valid.', details);
  }
  const code = neo4jCode(error);
  if (code !== null) {
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.')) {
      return body(503, 'NEO4J_UNAVAILABLE', 'The graph database is not reachable right now. Try again shortly.');
    }
    if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return body(408, 'QUERY_TIMEOUT', 'The query ran past its time limit and was stopped.');
    }
    // A write that got past EXPLAIN (e.g. inside a procedure) is refused by the READ transaction itself.
    const refusedWrite = code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /access mode|read only/i.test(firstLine(error));
    if (code === 'Neo.ClientError.Statement.AccessMode' || refusedWrite) {
      return body(403, 'READ_ONLY', 'The database refused to write: this query runs read-only.', { neo4jCode: code });
    }
    if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
      return body(400, 'CYPHER_ERROR', firstLine(error), { neo4jCode: code });
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return body(403, 'FORBIDDEN', 'The database refused this operation.', { neo4jCode: code });
    }
  }
  // The driver's pool stayed full for connectionAcquisitionTimeout: overload, which a retry later may not meet.
  if (error instanceof Error && error.message.startsWith('Connection acquisition timed out')) {
    return body(503, 'NEO4J_BUSY', 'The graph database is busy right now. Try again shortly.');
  }
  if (isBodyParserError(error)) {
    const status = error.status;
    return body(status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', status === 413 ? 'The request body is too large.' : 'The request body is not valid JSON.');
  }
  return body(500, 'INTERNAL', 'Something went wrong on the server.');
}

function body(status: number, code: string, message: string, details?: unknown): MappedError {
  return { status, body: { error: details === undefined ? { code, message } : { code, message, details } } };
}

function neo4jCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  if (typeof code !== 'string') return null;
  return code.startsWith('Neo.') || UNAVAILABLE_CODES.has(code) ? code : null;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 500);
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' && error !== null && 'type' in error && 'status' in error &&
    typeof (error as { status: unknown }).status === 'number' &&
    ((error as { status: number }).status === 400 || (error as { status: number }).status === 413)
  );
}
