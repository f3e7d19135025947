// What the console refuses before a query reaches the database, with an error code a user can act on. The
// database's READ access mode and the EXPLAIN query type (run-read-only.ts) are the real guarantee; this adds clear
// messages and closes what "read-only" alone leaves open: files and URLs (LOAD CSV), other databases (USE),
// procedures that reach outside or administer the server (dbms.*).
import { HttpError, badRequest } from '../http/http-error.ts';
import { FORBIDDEN_PATTERNS, calledProcedures, hasMultipleStatements, normalizeCypher, usedDatabases } from './cypher-text.ts';

/** The read procedures a user may call: schema introspection and full-text search. */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];
const ALLOWED = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));

export const forbidden = (code: string, message: string, details?: unknown) => new HttpError(403, code, message, details);

/** Throws the HttpError for the first rule the query breaks; returns nothing when it passes. */
export function checkConsoleQuery(query: string, database: string): void {
  const normalized = normalizeCypher(query);
  if (hasMultipleStatements(normalized)) {
    throw new HttpError(400, 'MULTIPLE_STATEMENTS', 'Send one statement at a time.');
  }
  for (const { pattern, what } of FORBIDDEN_PATTERNS) {
    if (pattern.test(normalized)) throw forbidden('FORBIDDEN_CLAUSE', `The console does not run ${what}.`);
  }
  for (const name of usedDatabases(normalized)) {
    if (name.toLowerCase() !== database.toLowerCase()) {
      throw forbidden('FORBIDDEN_DATABASE', `The console only reads the database "${database}".`, { database: name });
    }
  }
  for (const name of calledProcedures(normalized)) {
    if (!ALLOWED.has(name.toLowerCase())) {
      throw forbidden('PROCEDURE_NOT_ALLOWED', `The console does not call ${name}.`, { allowed: ALLOWED_PROCEDURES });
    }
  }
  if (normalized.trim().length === 0) throw badRequest('The query is empty.');
}
