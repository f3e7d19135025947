// (:Statement)-[:ABOUT {sentenceIds}]->(:Actor|:Event): what a statement is about. The target is found by an index
// seek on each of the two labels (its id names one of them).
// params: $rows string[] (a list of maps {statementId, targetId, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (st:Statement {id: row.statementId})
OPTIONAL MATCH (actor:Actor {id: row.targetId})
OPTIONAL MATCH (event:Event {id: row.targetId})
WITH st, row, coalesce(actor, event) AS target
MERGE (st)-[r:ABOUT]->(target)
WITH r, row
CALL (r, row) {
  WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true)
  SET r.sentenceIds = row.sentenceIds
}
