// (:Actor)-[:AFFILIATED_WITH {role, sentenceIds}]->(:Actor) between shared actors: several articles may state one
// affiliation, so sentenceIds keep the other articles' sentences and replace this article's own; written only when
// the set of sentences differs, so a re-load sets nothing.
// params: $sentencePrefix string (the prefix of this article's sentence ids), $rows string[] (a list of maps {actorId, affiliateId, role, sentenceIds})
// columns: none
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId}), (b:Actor {id: row.affiliateId})
MERGE (a)-[r:AFFILIATED_WITH {role: row.role}]->(b)
WITH r, coalesce(r.sentenceIds, []) AS old,
  [x IN coalesce(r.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix] + row.sentenceIds AS ids
CALL (r, old, ids) {
  WITH * WHERE size(old) <> size(ids) OR any(x IN ids WHERE NOT x IN old)
  SET r.sentenceIds = ids
}
