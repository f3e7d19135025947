// (:Event)-[:AT {sentenceIds}]->(:Place): where an event happened, with the event's sentences.
// params: $rows string[] (a list of maps {eventId, placeId, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}), (p:Place {id: row.placeId})
MERGE (e)-[r:AT]->(p)
WITH r, row
CALL (r, row) {
  WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true)
  SET r.sentenceIds = row.sentenceIds
}
