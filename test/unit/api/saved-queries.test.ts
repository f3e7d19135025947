import neo4j, { isDate } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseCypherFile } from '../../../server/db/cypher-file.ts';
import { defaultOf, paramsSchemaOf, readNameOf } from '../../../server/console/saved-queries.ts';
import { tokensMatch } from '../../../server/http/bearer-auth.ts';

const file = parseCypherFile(
  'read/x',
  '// Finds things.\n// params: $id string (an id), $limit integer = 25 (rows), $from date = null (since), $types string[] = [] (types), $on boolean = true (flag)\n// columns: x\n' +
    'MATCH (n) WHERE n.id = $id AND $on AND ($from IS NULL OR n.d >= $from) AND size($types) >= 0 RETURN n AS x LIMIT $limit',
);

describe('saved query params', () => {
  it('types header defaults', () => {
    expect(file.params.map(defaultOf)).toEqual([undefined, 25, null, [], true]);
  });

  it('validates, fills defaults and converts to Cypher values', () => {
    const parsed = paramsSchemaOf(file).parse({ id: 'actor:x', from: '2024-03-01' });
    expect(parsed['id']).toBe('actor:x');
    expect(neo4j.isInt(parsed['limit']) && (parsed['limit'] as { toNumber(): number }).toNumber()).toBe(25);
    expect(isDate(parsed['from'])).toBe(true);
    expect(String(parsed['from'])).toBe('2024-03-01');
    expect(parsed['types']).toEqual([]);
    expect(parsed['on']).toBe(true);
  });

  it('refuses a missing required param, a wrong type and an unknown name', () => {
    const schema = paramsSchemaOf(file);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ id: 'a', limit: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ id: 'a', from: '1 March' }).success).toBe(false);
    expect(schema.safeParse({ id: 'a', evil: true }).success).toBe(false);
  });

  it('knows only the files of cypher/read/', () => {
    expect(readNameOf('count-graph')).toBe('read/count-graph');
    expect(readNameOf('delete-all-data')).toBeNull();
    expect(readNameOf('../admin/delete-all-data')).toBeNull();
  });
});

describe('tokensMatch', () => {
  it('matches only the same token, whatever the lengths', () => {
    expect(tokensMatch('secret-token', 'secret-token')).toBe(true);
    expect(tokensMatch('secret-token', 'secret-tokeN')).toBe(false);
    expect(tokensMatch('', 'secret-token')).toBe(false);
    expect(tokensMatch('secret-token-and-more', 'secret-token')).toBe(false);
  });
});
