// Re-loading an article whose extraction changed: removes what the new document no longer says, before it is merged.
// 1. notes the shared actors and places the previous load linked to that the document no longer names (returned;
//    those left with no relationship after the load are deleted by write/delete-orphan-shared-nodes);
// 2. deletes the article's own events, statements and sentences that are gone (found through the sentences they
//    are MENTIONED_IN: an anchored traversal, not a label scan);
// 3. deletes relationships touching the article's own nodes that the document no longer describes, each named by
//    the key type|startId|endId|role|start that server/loader/ingest-rows.ts builds the same way;
// 4. takes the article's sentences out of shared AFFILIATED_WITH relationships it no longer states, deleting one no
//    article supports any more.
// One statement, so a first load (no such article yet) costs one no-op instead of four.
// CYPHER replan=skip: every step is anchored on the unique :Article(id) seek, so the plan needs no statistics;
// without it Neo4j re-plans this big statement every ~10 s while a load grows the graph (most of its CPU).
// params: $articleId string (the article being loaded), $keepIds string[] (actor and place ids of the new document), $ownedIds string[] (its event and statement ids), $sentenceIds string[] (its sentence ids), $keys string[] (keys of its article-owned relationships), $sentencePrefix string (prefix of this article's sentence ids), $affiliationKeys string[] (actorId|affiliateId|role of its affiliations)
// columns: staleSharedIds
CYPHER replan=skip
MATCH (article:Article {id: $articleId})
CALL (article) {
  MATCH (article)<-[:PART_OF]-(s:Sentence)
  OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(owned:Event|Statement)
  WITH collect(s) + collect(owned) AS ownedNodes
  UNWIND ownedNodes AS n
  MATCH (n)--(shared:Actor|Place)
  WHERE NOT shared.id IN $keepIds
  RETURN collect(DISTINCT shared.id) AS staleSharedIds
}
CALL (article) {
  MATCH (article)<-[:PART_OF]-(:Sentence)<-[:MENTIONED_IN]-(x:Event|Statement)
  WHERE NOT x.id IN $ownedIds
  WITH DISTINCT x
  DETACH DELETE x
}
CALL (article) {
  MATCH (article)<-[:PART_OF]-(s:Sentence)
  WHERE NOT s.id IN $sentenceIds
  DETACH DELETE s
}
CALL (article) {
  MATCH (article)<-[:PART_OF]-(s:Sentence)
  OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(owned:Event|Statement)
  WITH collect(s) + collect(owned) AS ownedNodes
  UNWIND ownedNodes AS n
  MATCH (n)-[r]-()
  WITH DISTINCT r
  WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id + '|' + coalesce(r.role, '') + '|' +
    coalesce(toString(r.start), '')) IN $keys
  DELETE r
}
CALL () {
  MATCH (actor:Actor)-[r:AFFILIATED_WITH]->(affiliate:Actor)
  WHERE any(x IN r.sentenceIds WHERE x STARTS WITH $sentencePrefix)
    AND NOT (actor.id + '|' + affiliate.id + '|' + r.role) IN $affiliationKeys
  WITH r, [x IN r.sentenceIds WHERE NOT x STARTS WITH $sentencePrefix] AS rest
  CALL (r, rest) {
    WITH * WHERE size(rest) = 0
    DELETE r
  }
  CALL (r, rest) {
    WITH * WHERE size(rest) > 0
    SET r.sentenceIds = rest
  }
}
RETURN staleSharedIds
