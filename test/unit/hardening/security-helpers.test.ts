// The pure parts of the HTTP defences: JSON depth, same-origin, body-parser error translation, request ids, log
// redaction, and the hardening configuration (CORS origins, limits, production rules).
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyError, isSameOrigin, jsonDepth, MAX_JSON_DEPTH } from '../../../server/http/security.ts';
import { HttpError } from '../../../server/http/http-error.ts';
import { requestIdFor } from '../../../server/http/request-log.ts';
import { createLogger } from '../../../server/logger.ts';
import { loadConfig } from '../../../server/config.ts';

describe('jsonDepth', () => {
  it('equals the nesting of any generated array tower, and stops counting past the bound', () => {
    fc.assert(
      fc.property(fc.nat({ max: 200 }), fc.jsonValue({ maxDepth: 0 }), (depth, leaf) => {
        let value: unknown = leaf;
        for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { k: value };
        const leafDepth = leaf !== null && typeof leaf === 'object' ? 1 : 0;
        const expected = depth + leafDepth;
        expect(jsonDepth(value, 1_000)).toBe(expected);
        expect(jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH).toBe(expected > MAX_JSON_DEPTH);
      }),
    );
  });

  it('handles a 100,000-deep value without recursion', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(jsonDepth(value, MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('isSameOrigin', () => {
  it('compares the Origin host with the Host header', () => {
    expect(isSameOrigin('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:3001', '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin('null', '127.0.0.1:3000')).toBe(false);
    expect(isSameOrigin('https://evil.example', undefined)).toBe(false);
  });
});

describe('bodyError', () => {
  it('turns body-parser errors into the API errors, with the limit in the message', () => {
    const tooLarge = bodyError(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }), 1024);
    expect(tooLarge).toBeInstanceOf(HttpError);
    expect(tooLarge).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the 1024-byte limit.' });
    expect(bodyError(Object.assign(new Error('x'), { status: 400, type: 'entity.parse.failed' }), 1)).toMatchObject({ status: 400, code: 'INVALID_JSON' });
    expect(bodyError(Object.assign(new Error('x'), { status: 415, type: 'charset.unsupported' }), 1)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    const internal = new Error('boom');
    expect(bodyError(internal, 1)).toBe(internal);
  });
});

describe('requestIdFor', () => {
  it('keeps a plain token and replaces anything else with a UUID', () => {
    expect(requestIdFor('abc-123.x:y_z')).toBe('abc-123.x:y_z');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (header) => {
        const id = requestIdFor(header);
        expect(id).toMatch(/^[A-Za-z0-9._:-]{1,100}$/);
      }),
    );
    expect(requestIdFor(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('logger', () => {
  it('redacts secrets wherever they are logged', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger('info', sink);
    logger.info({ req: { headers: { authorization: 'Bearer s3cret-token' } }, config: { NEO4J_PASSWORD: 'pw-123456', INGEST_TOKEN: 'tok-123456' }, connection: { password: 'pw-abcdef' } }, 'x');
    const text = lines.join('');
    for (const secret of ['s3cret-token', 'pw-123456', 'tok-123456', 'pw-abcdef']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });
});

describe('hardening configuration', () => {
  it('closes CORS by default and accepts only exact http(s) origins', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://127.0.0.1:5173' }).CORS_ORIGINS).toEqual(['https://a.example', 'http://127.0.0.1:5173']);
    for (const bad of ['*', 'https://a.example/', 'https://a.example/path', 'ftp://a.example', 'a.example']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });

  it('has bounded defaults for body size and rate limits', () => {
    expect(loadConfig({})).toMatchObject({ BODY_LIMIT_BYTES: 1_048_576, RATE_LIMIT_WINDOW_MS: 60_000, RATE_LIMIT_CONSOLE: 120, RATE_LIMIT_INGEST: 20, TRUST_PROXY_HOPS: 0 });
    expect(() => loadConfig({ BODY_LIMIT_BYTES: '10' })).toThrow(/BODY_LIMIT_BYTES/);
  });

  it('refuses to start in production without its database secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/NEO4J_URI: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'from-the-environment' }).NEO4J_PASSWORD).toBe('from-the-environment');
  });
});
