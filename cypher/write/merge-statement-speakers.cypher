// (:Actor)-[:SAID {sentenceIds}]->(:Statement): who said it, with the statement's sentences.
// params: $rows string[] (a list of maps {actorId, statementId, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (st:Statement {id: row.statementId})
MERGE (a)-[r:SAID]->(st)
WITH r, row
CALL (r, row) {
  WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true)
  SET r.sentenceIds = row.sentenceIds
}
