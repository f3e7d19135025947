// Which Neo4j answers: its version and edition, for /api/health.
// params: none
// columns: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
