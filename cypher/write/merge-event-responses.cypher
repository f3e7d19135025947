// (:Event)-[:RESPONDS_TO {sentenceIds}]->(:Event) where the text says one event answers another, with the
// responding event's sentences.
// params: $rows string[] (a list of maps {eventId, targetId, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}), (t:Event {id: row.targetId})
MERGE (e)-[r:RESPONDS_TO]->(t)
WITH r, row
CALL (r, row) {
  WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true)
  SET r.sentenceIds = row.sentenceIds
}
