// fast-check generators of hostile requests against every API endpoint: random JSON, wrong types, huge strings, deep
// nesting, unicode, invalid ids and bad percent-encoding, repeated query parameters, oversized and non-JSON bodies.
// Shared by the property tests and scripts/fuzz-api.ts, which send them to a real server and accept only 2xx/3xx or a
// 4xx in the one JSON error shape.
import fc from 'fast-check';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'HEAD';

export interface HostileRequest {
  method: Method;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const PARAM_NAMES = ['q', 'limit', 'offset', 'depth', 'types', 'kinds', 'eventTypes', 'from', 'to', 'maxLength', 'actorId', 'id', '__proto__', 'constructor'];

const weirdText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\uD800', '💥'.repeat(50), "' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '<script>alert(1)</script>', '../../etc/passwd', '*', '~', 'AND OR NOT', '-1', '1e309', 'NaN', 'null', '[]', '{}'),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

const numberish = fc.oneof(fc.integer(), fc.double(), fc.constantFrom('0', '-1', '99999999999999999999', '1.5', '0x10', ' 7 ', ''), fc.nat({ max: 6000 }).map(String));

const idLike = fc.oneof(
  fc.constantFrom('actor:north-korea', 'article:nk-drills', 'event:nk-drills:1', 'sentence:nk-drills:0', 'place:seoul', 'statement:nk-drills:1'),
  fc.tuple(fc.constantFrom('actor:', 'article:', 'event:', 'nope:', ''), weirdText).map(([prefix, rest]) => prefix + rest),
);

/** Lone surrogates cannot be percent-encoded: they travel as U+FFFD, as a browser would send them. */
function encodeSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    return encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

/** A path segment: usually properly encoded, sometimes raw junk that cannot be decoded. */
const segment = fc.oneof(
  { weight: 4, arbitrary: idLike.map(encodeSegment) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%C0%AF', '%00', '..%2F..%2F', '%FF%FE', 'a%2Fb') },
);

const queryString = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 10 })), fc.oneof(weirdText, numberish.map(String), idLike)), { maxLength: 8 })
  .chain((pairs) =>
    fc.constantFrom('encoded', 'repeated', 'raw').map((style) => {
      const all = style === 'repeated' ? [...pairs, ...pairs, ...pairs] : pairs;
      if (style === 'raw') return all.map(([k, v]) => `${k}=${v}`).join('&').replace(/[#\s]/g, '');
      return new URLSearchParams(all).toString();
    }),
  );

/** Nested JSON, deeper than any schema expects, built as text so its depth is exact. */
const deepJson = fc.integer({ min: 10, max: 20_000 }).chain((depth) =>
  fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, `{"query":"RETURN 1","params":{"p":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
);

const wrongTypes = fc.record(
  {
    query: fc.oneof(fc.jsonValue(), weirdText, fc.constantFrom('RETURN 1', 'MATCH (n) RETURN n LIMIT 3', 'CREATE (n) RETURN n', 'CALL dbms.components()', 'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l')),
    params: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue())),
    title: fc.oneof(weirdText, fc.jsonValue()),
    publishedAt: fc.oneof(fc.constantFrom('2024-02-30', '2024-13-01', '0000-00-00', '2024-01-01'), weirdText, fc.jsonValue()),
    text: fc.oneof(weirdText, fc.jsonValue()),
    url: fc.oneof(weirdText, fc.constantFrom('javascript:alert(1)', 'http://127.0.0.1:7687/')),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  { weight: 4, arbitrary: wrongTypes.map((v) => JSON.stringify(v)) },
  { weight: 3, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.oneof(fc.json(), weirdText) },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: fc.integer({ min: 1_100_000, max: 2_500_000 }).map((n) => JSON.stringify({ query: 'RETURN 1', text: 'y'.repeat(n) })) },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/octet-stream', 'application/json; charset=utf-16', 'application/json; charset=klingon', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '') },
);

const GET_PATHS = (s: string) => [`/api/nodes/${s}`, `/api/nodes/${s}/neighbours`, `/api/articles/${s}`, `/api/queries/${s}`, `/api/${s}`];
const GET_FIXED = ['/api/health', '/api/graph', '/api/graph/full', '/api/paths', '/api/search', '/api/timeline', '/api/articles', '/api/queries', '/api/openapi.json'];
const POST_FIXED = ['/api/cypher', '/api/articles', '/api/queries/count-graph', '/api/queries/search-nodes', '/api/queries/expand-neighbours'];

export function hostileRequest(ingestToken: string): fc.Arbitrary<HostileRequest> {
  const auth = fc.oneof(fc.constant(undefined), fc.constant(`Bearer ${ingestToken}`), weirdText.map((t) => `Bearer ${t}`.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, '')));
  const get = fc
    .record({ method: fc.constantFrom<Method>('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'DELETE'), path: fc.oneof(fc.constantFrom(...GET_FIXED), segment.chain((s) => fc.constantFrom(...GET_PATHS(s)))), query: queryString })
    .map(({ method, path, query }): HostileRequest => ({ method, path: query ? `${path}?${query}` : path, headers: {} }));
  const post = fc
    .record({ method: fc.constantFrom<Method>('POST', 'POST', 'POST', 'PUT', 'PATCH'), path: fc.oneof(fc.constantFrom(...POST_FIXED), segment.map((s) => `/api/queries/${s}`)), query: queryString, body, type: contentType, auth })
    .map(({ method, path, query, body: text, type, auth: authorization }): HostileRequest => ({
      method,
      path: query ? `${path}?${query}` : path,
      headers: { ...(type ? { 'content-type': type } : {}), ...(authorization ? { authorization } : {}) },
      body: text,
    }));
  return fc.oneof(get, post);
}

export interface Verdict {
  ok: boolean;
  status: number;
  why?: string;
}

/** Sends one request; ok when the answer is below 400, or a 4xx whose body is { error: { code, message } }. */
export async function sendHostile(baseUrl: string, request: HostileRequest, timeoutMs = 30_000): Promise<Verdict> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined && request.method !== 'HEAD' ? { body: request.body } : {}),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (response.status < 400) return { ok: true, status: response.status };
  if (response.status >= 500) return { ok: false, status: response.status, why: text.slice(0, 300) };
  if (request.method === 'HEAD') return { ok: true, status: response.status };
  return isErrorShape(text) ? { ok: true, status: response.status } : { ok: false, status: response.status, why: `not the JSON error shape: ${text.slice(0, 200)}` };
}

function isErrorShape(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string' && !/\n\s+at /.test(text);
  } catch {
    return false;
  }
}
