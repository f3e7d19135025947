import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEO4J_VERSION } from '../../../server/neo4j-runtime/version.ts';
import { NEO4J_POM, PROJECT_ROOT } from '../../../server/neo4j-runtime/runtime-paths.ts';

describe('one Neo4j version everywhere', () => {
  it('is a 5.26 LTS patch', () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });
  it('the embedded jars resolve that version', () => {
    expect(readFileSync(NEO4J_POM, 'utf8')).toContain(`<neo4j.version>${NEO4J_VERSION}</neo4j.version>`);
  });
  it('docker-compose.yml runs the official image of that version', () => {
    const compose = readFileSync(`${PROJECT_ROOT}docker-compose.yml`, 'utf8');
    const images = [...compose.matchAll(/image:\s*neo4j:(\S+)/g)].map((m) => m[1]);
    expect(images).toEqual([`${NEO4J_VERSION}-community`]);
  });
});
