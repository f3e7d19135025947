import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Neo4jError } from 'neo4j-driver';
import { mapError } from '../../../server/http/error-mapping.ts';
import { HttpError, notFound } from '../../../server/http/http-error.ts';

describe('mapError', () => {
  it('keeps a thrown HttpError as it is', () => {
    expect(mapError(notFound('No node actor:x'))).toEqual({ status: 404, body: { error: { code: 'NOT_FOUND', message: 'No node actor:x' } } });
    expect(mapError(new HttpError(409, 'CONFLICT', 'busy', { a: 1 })).body.error.details).toEqual({ a: 1 });
  });

  it('turns zod issues into a 400 listing each path', () => {
    const result = z.object({ depth: z.number().max(3) }).safeParse({ depth: 9 });
    const mapped = mapError(result.error);
    expect(mapped.status).toBe(400);
    expect(mapped.body.error.code).toBe('VALIDATION_FAILED');
    expect(mapped.body.error.details).toEqual([{ path: 'depth', message: expect.stringMatching(/3/) }]);
  });

  it('maps Neo4j errors by code', () => {
    expect(mapError(new Neo4jError('gone', 'ServiceUnavailable', '', '')).status).toBe(503);
    expect(mapError(new Neo4jError('gone', 'SessionExpired', '', '')).status).toBe(503);
    const syntax = mapError(new Neo4jError('Invalid input \'MATC\'\nline 2 details', 'Neo.ClientError.Statement.SyntaxError', '', ''));
    expect(syntax).toEqual({ status: 400, body: { error: { code: 'CYPHER_ERROR', message: "Invalid input 'MATC'", details: { neo4jCode: 'Neo.ClientError.Statement.SyntaxError' } } } });
    expect(mapError(new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', '')).status).toBe(408);
    expect(mapError(new Neo4jError('no', 'Neo.ClientError.Security.Forbidden', '', '')).status).toBe(403);
  });

  it('answers anything else with a 500 that reveals nothing', () => {
    const mapped = mapError(new Error('password=hunter2 at /srv/app/server/x.ts:12'));
    expect(mapped).toEqual({ status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on the server.' } } });
  });

  it('maps body-parser failures to 400 and 413', () => {
    expect(mapError(Object.assign(new Error('x'), { status: 413, type: 'entity.too.large' })).body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(mapError(Object.assign(new Error('x'), { status: 400, type: 'entity.parse.failed' })).status).toBe(400);
  });
});
