// (:Actor)-[:PARTICIPATED_IN {role, sentenceIds}]->(:Event), one per (actor, event, role); sentenceIds are the
// event's sentences and are written only when they differ.
// params: $rows string[] (a list of maps {actorId, eventId, role, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (e:Event {id: row.eventId})
MERGE (a)-[r:PARTICIPATED_IN {role: row.role}]->(e)
WITH r, row
CALL (r, row) {
  WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true)
  SET r.sentenceIds = row.sentenceIds
}
