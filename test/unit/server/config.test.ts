import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';

describe('loadConfig', () => {
  it('has working defaults: loopback, port 3000, embedded Neo4j', () => {
    const config = loadConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PORT).toBe(3000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.LOAD_DEMO).toBe(true);
  });

  it('accepts bolt, neo4j and neo4j+s URIs and requires a password with them', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret-secret' }).NEO4J_URI).toBe(uri);
    }
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: required/);
    expect(() => loadConfig({ NEO4J_URI: 'http://db:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'production', INGEST_TOKEN: 'short' })).toThrow(/INGEST_TOKEN/);
  });

  it('treats blank optional values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', INGEST_TOKEN: '' })).toMatchObject({ NEO4J_URI: undefined, INGEST_TOKEN: undefined });
  });
});
