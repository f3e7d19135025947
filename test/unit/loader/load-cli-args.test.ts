import { describe, expect, it } from 'vitest';
import { describeStartError, parseLoadArgs } from '../../../server/loader/load-cli-args.ts';

describe('parseLoadArgs', () => {
  it('takes paths and a concurrency', () => {
    expect(parseLoadArgs(['data/articles', 'x.txt'])).toEqual({ help: false, concurrency: 2, paths: ['data/articles', 'x.txt'] });
    expect(parseLoadArgs(['--concurrency', '4', 'a'])).toMatchObject({ concurrency: 4, paths: ['a'] });
    expect(parseLoadArgs(['--help'])).toMatchObject({ help: true, paths: [] });
  });

  it('refuses no path, an unknown option and a bad concurrency, in words', () => {
    expect(() => parseLoadArgs([])).toThrow('name at least one article file or folder');
    expect(() => parseLoadArgs(['--dry', 'a'])).toThrow(/Unknown option '--dry'/);
    expect(() => parseLoadArgs(['--concurrency', '0', 'a'])).toThrow(/^--concurrency: /);
    expect(() => parseLoadArgs(['--concurrency', 'many', 'a'])).toThrow(/^--concurrency: /);
  });
});

describe('describeStartError', () => {
  it('explains a store locked by the running server', () => {
    const error = new Error('Neo4j exited with code 1 before it started:\nCaused by: org.neo4j.io.locker.FileLockException: Lock file has been locked by another process: data/databases/store_lock.');
    const message = describeStartError(error, '.newsgraph');
    expect(message).toContain('the embedded Neo4j store under .newsgraph/data is in use by another process (probably `npm start`)');
    expect(message).toContain('NEO4J_URI');
  });

  it('gives the first line of any other failure', () => {
    expect(describeStartError(new Error('Neo4j did not answer within 60000 ms: refused\nmore'), '.newsgraph')).toBe(
      'could not reach Neo4j: Neo4j did not answer within 60000 ms: refused',
    );
  });
});
