// Every relationship of one article but PART_OF, in one statement (the loader's fast path, after
// write/merge-article-nodes): provenance, participations, places, responses, speakers, reporters, subjects and
// affiliations, each in its own subquery. Rows arrive split by the label of the node their id names, so every
// endpoint is one unique-index seek (no OPTIONAL MATCH over four labels). Same rules as the per-kind merge-*
// statements (which the naive benchmark path still runs row by row): properties written only when they differ;
// shared affiliations keep other articles' sentences and replace this article's own.
// CYPHER replan=skip: every endpoint is a unique-index seek, so the plan needs no statistics; without it Neo4j re-plans this big
// statement every ~10 s while a load grows the graph, and planning was most of its CPU (JFR samples).
// params: $sentencePrefix string (prefix of this article's sentence ids), $actorMentions string[] (maps {nodeId, sentenceId, start, end, text}), $eventMentions string[] (same), $statementMentions string[] (same), $placeMentions string[] (same), $participations string[] (maps {actorId, eventId, role, sentenceIds}), $eventPlaces string[] (maps {eventId, placeId, sentenceIds}), $eventResponses string[] (maps {eventId, targetId, sentenceIds}), $speakers string[] (maps {actorId, statementId, sentenceIds}), $reporters string[] (same), $actorSubjects string[] (maps {statementId, targetId, sentenceIds}), $eventSubjects string[] (same), $affiliations string[] (maps {actorId, affiliateId, role, sentenceIds})
// columns: none
CYPHER replan=skip
CALL () {
  UNWIND $actorMentions AS row
  MATCH (n:Actor {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
  MERGE (n)-[m:MENTIONED_IN {start: toInteger(row.start)}]->(s)
  WITH m, {end: toInteger(row.end), text: row.text} AS props
  CALL (m, props) { WITH * WHERE any(k IN keys(props) WHERE coalesce(m[k] <> props[k], true)) SET m += props }
}
CALL () {
  UNWIND $eventMentions AS row
  MATCH (n:Event {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
  MERGE (n)-[m:MENTIONED_IN {start: toInteger(row.start)}]->(s)
  WITH m, {end: toInteger(row.end), text: row.text} AS props
  CALL (m, props) { WITH * WHERE any(k IN keys(props) WHERE coalesce(m[k] <> props[k], true)) SET m += props }
}
CALL () {
  UNWIND $statementMentions AS row
  MATCH (n:Statement {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
  MERGE (n)-[m:MENTIONED_IN {start: toInteger(row.start)}]->(s)
  WITH m, {end: toInteger(row.end), text: row.text} AS props
  CALL (m, props) { WITH * WHERE any(k IN keys(props) WHERE coalesce(m[k] <> props[k], true)) SET m += props }
}
CALL () {
  UNWIND $placeMentions AS row
  MATCH (n:Place {id: row.nodeId}), (s:Sentence {id: row.sentenceId})
  MERGE (n)-[m:MENTIONED_IN {start: toInteger(row.start)}]->(s)
  WITH m, {end: toInteger(row.end), text: row.text} AS props
  CALL (m, props) { WITH * WHERE any(k IN keys(props) WHERE coalesce(m[k] <> props[k], true)) SET m += props }
}
CALL () {
  UNWIND $participations AS row
  MATCH (a:Actor {id: row.actorId}), (e:Event {id: row.eventId})
  MERGE (a)-[r:PARTICIPATED_IN {role: row.role}]->(e)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $eventPlaces AS row
  MATCH (e:Event {id: row.eventId}), (p:Place {id: row.placeId})
  MERGE (e)-[r:AT]->(p)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $eventResponses AS row
  MATCH (e:Event {id: row.eventId}), (t:Event {id: row.targetId})
  MERGE (e)-[r:RESPONDS_TO]->(t)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $speakers AS row
  MATCH (a:Actor {id: row.actorId}), (st:Statement {id: row.statementId})
  MERGE (a)-[r:SAID]->(st)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $reporters AS row
  MATCH (a:Actor {id: row.actorId}), (st:Statement {id: row.statementId})
  MERGE (a)-[r:REPORTED]->(st)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $actorSubjects AS row
  MATCH (st:Statement {id: row.statementId}), (t:Actor {id: row.targetId})
  MERGE (st)-[r:ABOUT]->(t)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $eventSubjects AS row
  MATCH (st:Statement {id: row.statementId}), (t:Event {id: row.targetId})
  MERGE (st)-[r:ABOUT]->(t)
  WITH r, row CALL (r, row) { WITH * WHERE coalesce(r.sentenceIds <> row.sentenceIds, true) SET r.sentenceIds = row.sentenceIds }
}
CALL () {
  UNWIND $affiliations AS row
  MATCH (a:Actor {id: row.actorId}), (b:Actor {id: row.affiliateId})
  MERGE (a)-[r:AFFILIATED_WITH {role: row.role}]->(b)
  WITH r, coalesce(r.sentenceIds, []) AS old,
    [x IN coalesce(r.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix] + row.sentenceIds AS ids
  CALL (r, old, ids) { WITH * WHERE size(old) <> size(ids) OR any(x IN ids WHERE NOT x IN old) SET r.sentenceIds = ids }
}
