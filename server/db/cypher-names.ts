// Every Cypher statement the application runs, by its path under cypher/ without ".cypher".
// The registry loads exactly these at start-up (a missing file stops it) and a unit test checks that this list and
// the folder agree, so an unknown name is a type error and an unlisted file is a failing test.
export const CYPHER_NAMES = [
  'schema/create-constraint-article-id',
  'schema/create-constraint-sentence-id',
  'schema/create-constraint-actor-id',
  'schema/create-constraint-place-id',
  'schema/create-constraint-event-id',
  'schema/create-constraint-statement-id',
  'schema/create-index-event-date',
  'schema/create-index-event-type',
  'schema/create-index-actor-kind',
  'schema/create-index-article-published',
  'schema/create-fulltext-search',
  'admin/await-indexes',
  'admin/delete-all-data',
  'read/count-graph',
  'read/get-server-components',
] as const;

export type CypherName = (typeof CYPHER_NAMES)[number];
export type CypherFolder = CypherName extends `${infer F}/${string}` ? F : never;

export function namesIn<F extends CypherFolder>(folder: F): Extract<CypherName, `${F}/${string}`>[] {
  return CYPHER_NAMES.filter((n): n is Extract<CypherName, `${F}/${string}`> => n.startsWith(`${folder}/`));
}
