import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_NAMES } from '../../../server/db/cypher-names.ts';
import { CYPHER_DIR, loadCypherRegistry } from '../../../server/db/cypher-registry.ts';
import { parseCypherFile } from '../../../server/db/cypher-file.ts';

function cypherFilesOnDisk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).replace(/\.cypher$/, ''))
    .sort();
}

describe('the cypher/ folder and the registry', () => {
  it('list the same statements: none missing, none unlisted', () => {
    expect([...CYPHER_NAMES].sort()).toEqual(cypherFilesOnDisk(CYPHER_DIR));
  });

  it('every file parses: a description, params and columns, one statement', () => {
    const registry = loadCypherRegistry();
    for (const name of CYPHER_NAMES) {
      const file = registry.get(name);
      expect(file.description.length, name).toBeGreaterThan(10);
      expect(file.statement, name).not.toMatch(/;/);
    }
  });
});

describe('parseCypherFile', () => {
  it('reads params with types, defaults and descriptions, and columns', () => {
    const file = parseCypherFile(
      'read/x',
      '// Finds things.\n// params: $q string (what to look for, in words), $limit integer = 25 (rows at most)\n// columns: id, name\nMATCH (n) WHERE n.name = $q RETURN n.id AS id, n.name AS name LIMIT $limit',
    );
    expect(file.description).toBe('Finds things.');
    expect(file.params).toEqual([
      { name: 'q', type: 'string', defaultValue: null, description: 'what to look for, in words' },
      { name: 'limit', type: 'integer', defaultValue: '25', description: 'rows at most' },
    ]);
    expect(file.columns).toEqual(['id', 'name']);
  });

  it('refuses two statements, a missing header line, an unknown type and an unused param', () => {
    const header = '// Does it.\n// params: none\n// columns: none\n';
    expect(() => parseCypherFile('a', `${header}MATCH (n) RETURN n; MATCH (m) RETURN m`)).toThrow(/one statement/);
    expect(() => parseCypherFile('a', '// Does it.\n// columns: none\nRETURN 1')).toThrow(/params/);
    expect(() => parseCypherFile('a', '// Does it.\n// params: $x blob\n// columns: none\nRETURN $x')).toThrow(/unknown type/);
    expect(() => parseCypherFile('a', '// Does it.\n// params: $x string\n// columns: none\nRETURN 1')).toThrow(/not used/);
    expect(parseCypherFile('a', `${header}RETURN ';' AS semicolon`).statement).toBe("RETURN ';' AS semicolon");
  });
});
