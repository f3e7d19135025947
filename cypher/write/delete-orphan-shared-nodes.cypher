// After a re-load: deletes the actors and places found by write/find-article-shared-nodes that no relationship
// holds any more (no other article mentions them), so a corrected extraction leaves no orphan behind.
// params: $actorIds string[] (candidate actor ids), $placeIds string[] (candidate place ids)
// columns: none
CALL () {
  UNWIND $actorIds AS id
  MATCH (n:Actor {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
}
CALL () {
  UNWIND $placeIds AS id
  MATCH (n:Place {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
}
