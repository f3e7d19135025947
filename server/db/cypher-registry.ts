// Loads every statement named in CYPHER_NAMES once, at start-up. A missing or malformed file throws here, before the
// server listens, rather than on the first request that needs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CYPHER_NAMES, type CypherName } from './cypher-names.ts';
import { parseCypherFile, type CypherFile } from './cypher-file.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export interface CypherRegistry {
  get(name: CypherName): CypherFile;
  statement(name: CypherName): string;
}

export function loadCypherRegistry(dir: string = CYPHER_DIR): CypherRegistry {
  const files = new Map<CypherName, CypherFile>();
  for (const name of CYPHER_NAMES) {
    let text: string;
    try {
      text = readFileSync(join(dir, `${name}.cypher`), 'utf8');
    } catch {
      throw new Error(`missing Cypher file cypher/${name}.cypher (listed in server/db/cypher-names.ts)`);
    }
    files.set(name, parseCypherFile(name, text));
  }
  const get = (name: CypherName): CypherFile => {
    const file = files.get(name);
    if (!file) throw new Error(`unknown Cypher statement ${name}`);
    return file;
  };
  return { get, statement: (name) => get(name).statement };
}

let shared: CypherRegistry | undefined;
/** The registry of the project's own cypher/ folder, loaded on first use. */
export function cypher(): CypherRegistry {
  shared ??= loadCypherRegistry();
  return shared;
}
