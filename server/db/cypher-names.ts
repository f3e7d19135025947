// Every Cypher statement the application runs, by its path under cypher/ without ".cypher", one list per folder.
// The registry loads exactly these at start-up (a missing file stops it) and a unit test checks that these lists and
// the folders agree, so an unknown name is a type error and an unlisted file is a failing test.
import { ADMIN_NAMES } from './cypher-names/admin.ts';
import { READ_NAMES } from './cypher-names/read.ts';
import { SCHEMA_NAMES } from './cypher-names/schema.ts';
import { WRITE_NAMES } from './cypher-names/write.ts';

export const CYPHER_NAMES = [...SCHEMA_NAMES, ...ADMIN_NAMES, ...READ_NAMES, ...WRITE_NAMES] as const;

export type CypherName = (typeof CYPHER_NAMES)[number];
export type CypherFolder = CypherName extends `${infer F}/${string}` ? F : never;

export function namesIn<F extends CypherFolder>(folder: F): Extract<CypherName, `${F}/${string}`>[] {
  return CYPHER_NAMES.filter((n): n is Extract<CypherName, `${F}/${string}`> => n.startsWith(`${folder}/`));
}
