import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../../server/console/console-policy.ts';
import { calledProcedures, hasMultipleStatements, normalizeCypher, usedDatabases } from '../../../server/console/cypher-text.ts';
import { HttpError } from '../../../server/http/http-error.ts';

const codeOf = (query: string): string | null => {
  try {
    checkConsoleQuery(query, 'neo4j');
    return null;
  } catch (error) {
    return error instanceof HttpError ? error.code : 'OTHER';
  }
};

describe('normalizeCypher', () => {
  it('blanks strings and comments and unquotes back-quoted names', () => {
    expect(normalizeCypher("RETURN 'a;b' AS x // c;\n, \"LOAD CSV\" /* ; */")).toBe("RETURN '' AS x  \n, ''  ");
    expect(normalizeCypher('CALL `dbms`.`list Config`()')).toBe('CALL dbms.list_Config()');
    expect(normalizeCypher("RETURN 'it\\'s;'")).toBe("RETURN ''");
  });
});

describe('console text checks', () => {
  it('counts statements, procedures and USE targets', () => {
    expect(hasMultipleStatements(normalizeCypher('RETURN 1;'))).toBe(false);
    expect(hasMultipleStatements(normalizeCypher('RETURN 1; RETURN 2'))).toBe(true);
    expect(hasMultipleStatements(normalizeCypher("RETURN ';' AS s"))).toBe(false);
    expect(calledProcedures('CALL db.labels() YIELD label CALL (label) { RETURN 1 AS x } CALL { RETURN 2 AS y } CALL dbms . x()')).toEqual([
      'db.labels',
      'dbms.x',
    ]);
    expect(usedDatabases('USE system SHOW USERS')).toEqual(['system']);
    expect(usedDatabases('CALL { USE other MATCH (n) RETURN n } RETURN 1')).toEqual(['other']);
    expect(usedDatabases('MATCH (use) RETURN use')).toEqual([]);
  });

  it('lets ordinary reads, allowed procedures, SHOW INDEXES and USE of the own database through', () => {
    for (const query of [
      'MATCH (a:Actor) RETURN a.start, a.name',
      'CALL db.index.fulltext.queryNodes("search", "korea") YIELD node RETURN node',
      'SHOW INDEXES',
      'SHOW FULLTEXT INDEXES YIELD name RETURN name',
      'USE neo4j MATCH (n) RETURN count(n)',
      "MATCH (n) WHERE n.text CONTAINS 'LOAD CSV' RETURN n;",
    ]) {
      expect(codeOf(query), query).toBeNull();
    }
  });

  it('refuses with a specific code', () => {
    expect(codeOf('RETURN 1; RETURN 2')).toBe('MULTIPLE_STATEMENTS');
    expect(codeOf("load csv from 'file:///x' as r return r")).toBe('FORBIDDEN_CLAUSE');
    expect(codeOf('MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS')).toBe('FORBIDDEN_CLAUSE');
    expect(codeOf('USE system MATCH (n) RETURN n')).toBe('FORBIDDEN_DATABASE');
    expect(codeOf('CALL dbms.listConfig()')).toBe('PROCEDURE_NOT_ALLOWED');
    expect(codeOf('CALL db.createLabel("X")')).toBe('PROCEDURE_NOT_ALLOWED');
    expect(codeOf('SHOW TRANSACTIONS')).toBe('FORBIDDEN_CLAUSE');
    expect(codeOf('EXPLAIN MATCH (n) RETURN n')).toBe('FORBIDDEN_CLAUSE');
  });
});
