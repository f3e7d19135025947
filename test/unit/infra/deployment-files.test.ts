// Guards the deployment files against drifting from the code: .env.example must document every variable the
// server reads (and its values must be the defaults), and nothing docker-compose.yml publishes may leave the host.
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { PROJECT_ROOT } from '../../../server/neo4j-runtime/runtime-paths.ts';

const read = (file: string) => readFileSync(`${PROJECT_ROOT}${file}`, 'utf8');

/** The variable names the zod schema in server/config.ts declares (its keys are the only upper-case object keys). */
function configVariables(): string[] {
  return [...read('server/config.ts').matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] ?? '').sort();
}

describe('.env.example', () => {
  const example = parseEnv(read('.env.example'));

  it('lists every variable of server/config.ts, and no other', () => {
    expect(configVariables().length).toBeGreaterThan(5);
    expect(Object.keys(example).sort()).toEqual(configVariables());
  });

  it('holds the defaults: loading it configures exactly what an empty environment does', () => {
    expect(loadConfig(example)).toEqual(loadConfig({}));
  });
});

describe('docker-compose.yml', () => {
  const compose = read('docker-compose.yml');

  it('publishes ports on the host loopback only', () => {
    const published = [...compose.matchAll(/^\s+-\s+"?([0-9.]*:?\d+:\d+)"?\s*$/gm)].map((m) => m[1]);
    expect(published.length).toBeGreaterThan(0);
    for (const mapping of published) expect(mapping).toMatch(/^127\.0\.0\.1:/);
  });

  it('connects the app to the neo4j service with the password Neo4j was given', () => {
    expect(compose).toContain('NEO4J_URI: bolt://neo4j:7687');
    const auth = /NEO4J_AUTH: neo4j\/(\$\{NEO4J_PASSWORD:-[^}]+\})/.exec(compose)?.[1];
    expect(auth).toBeDefined();
    expect(compose).toContain(`NEO4J_PASSWORD: ${auth}`);
  });
});
