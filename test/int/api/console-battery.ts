// The hostile attempts the console must refuse: each must leave the graph exactly as it was. `codes` lists the error
// codes accepted for it (the text policy answers first where it can; otherwise the database's own refusal).
export interface HostileAttempt {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  status: number[];
  codes: string[];
}

const WRITE = { status: [403], codes: ['READ_ONLY'] };
const CLAUSE = { status: [403], codes: ['FORBIDDEN_CLAUSE'] };
const PROC = { status: [403], codes: ['PROCEDURE_NOT_ALLOWED'] };

export const HOSTILE_ATTEMPTS: HostileAttempt[] = [
  { name: 'CREATE a node', query: "CREATE (:Actor {id: 'actor:evil', name: 'Evil'})", ...WRITE },
  { name: 'MERGE a node', query: "MERGE (a:Actor {id: 'actor:evil'}) RETURN a", ...WRITE },
  { name: 'SET a property', query: "MATCH (a:Actor) SET a.name = 'x' RETURN a", ...WRITE },
  { name: 'SET a label', query: 'MATCH (a:Actor) SET a:Hacked', ...WRITE },
  { name: 'REMOVE a property', query: 'MATCH (a:Actor) REMOVE a.name', ...WRITE },
  { name: 'DELETE relationships', query: 'MATCH ()-[r]->() DELETE r', ...WRITE },
  { name: 'DETACH DELETE everything', query: 'MATCH (n) DETACH DELETE n', ...WRITE },
  { name: 'write hidden after a read', query: "MATCH (a:Actor) WITH a LIMIT 1 CREATE (a)-[:HACKED]->(a) RETURN a", ...WRITE },
  { name: 'write inside a subquery', query: "CALL () { CREATE (x:Evil) RETURN x } RETURN x", ...WRITE },
  { name: 'write in a FOREACH', query: "MATCH (a:Actor) FOREACH (i IN [1] | CREATE (:Evil))", ...WRITE },
  { name: 'write through a comment trick', query: "MATCH (n) RETURN n // harmless\nUNION ALL CREATE (n:Evil) RETURN n", ...WRITE },
  { name: 'lower-case create', query: "create (:Evil {id: 'x'})", ...WRITE },
  { name: 'CREATE INDEX', query: 'CREATE INDEX evil IF NOT EXISTS FOR (n:Evil) ON (n.x)', status: [400, 403], codes: ['READ_ONLY', 'CYPHER_ERROR'] },
  { name: 'DROP CONSTRAINT', query: 'DROP CONSTRAINT actor_id IF EXISTS', status: [400, 403], codes: ['READ_ONLY', 'CYPHER_ERROR'] },
  { name: 'CREATE CONSTRAINT', query: 'CREATE CONSTRAINT evil IF NOT EXISTS FOR (n:Evil) REQUIRE n.id IS UNIQUE', status: [400, 403], codes: ['READ_ONLY', 'CYPHER_ERROR'] },
  { name: 'two statements', query: 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', status: [400], codes: ['MULTIPLE_STATEMENTS'] },
  { name: 'two statements, second a read', query: 'RETURN 1; RETURN 2', status: [400], codes: ['MULTIPLE_STATEMENTS'] },
  { name: 'LOAD CSV from a file', query: "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", ...CLAUSE },
  { name: 'LOAD CSV from a URL', query: "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row", ...CLAUSE },
  { name: 'LOAD CSV in a comment-split keyword', query: "LOAD/* */CSV FROM 'file:///etc/hosts' AS r RETURN r", ...CLAUSE },
  { name: 'CALL IN TRANSACTIONS', query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS', ...CLAUSE },
  { name: 'CALL IN CONCURRENT TRANSACTIONS', query: 'UNWIND range(1, 3) AS i CALL (i) { CREATE (:Evil) } IN 2 CONCURRENT TRANSACTIONS', ...CLAUSE },
  { name: 'periodic commit', query: "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x' AS r CREATE (:Evil)", ...CLAUSE },
  { name: 'USE the system database', query: 'USE system SHOW USERS', status: [403], codes: ['FORBIDDEN_DATABASE', 'FORBIDDEN_CLAUSE'] },
  { name: 'USE another database to read', query: 'USE other MATCH (n) RETURN n', status: [403], codes: ['FORBIDDEN_DATABASE'] },
  { name: 'USE in a subquery', query: 'CALL () { USE system MATCH (n) RETURN n } RETURN n', status: [403], codes: ['FORBIDDEN_DATABASE'] },
  { name: 'dbms procedure: list config', query: 'CALL dbms.listConfig() YIELD name RETURN name', ...PROC },
  { name: 'dbms procedure, back-quoted', query: 'CALL `dbms`.`components`() YIELD name RETURN name', ...PROC },
  { name: 'dbms security procedure', query: "CALL dbms.security.createUser('evil', 'password1234', false)", ...PROC },
  { name: 'db.createLabel write procedure', query: "CALL db.createLabel('Evil')", ...PROC },
  { name: 'db.createProperty write procedure', query: "CALL db.createProperty('evil')", ...PROC },
  { name: 'tx.setMetaData procedure', query: "CALL tx.setMetaData({evil: true})", ...PROC },
  { name: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()', ...PROC },
  { name: 'SHOW TRANSACTIONS of other users', query: 'SHOW TRANSACTIONS', ...CLAUSE },
  { name: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ...CLAUSE },
  { name: 'SHOW SETTINGS', query: 'SHOW SETTINGS YIELD name, value RETURN name, value', ...CLAUSE },
  { name: 'CREATE USER', query: "CREATE USER evil SET PASSWORD 'password1234'", status: [400, 403], codes: ['READ_ONLY', 'CYPHER_ERROR', 'FORBIDDEN'] },
  { name: 'GRANT', query: 'GRANT ROLE admin TO evil', ...CLAUSE },
  { name: 'STOP DATABASE', query: 'STOP DATABASE neo4j', ...CLAUSE },
  { name: 'PROFILE prefix', query: 'PROFILE MATCH (n) RETURN n', ...CLAUSE },
  { name: 'write with params', query: 'CREATE (n:Evil {id: $id}) RETURN n', params: { id: 'x' }, ...WRITE },
];
