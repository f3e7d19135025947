// AFFILIATED_WITH links two shared actors, so several articles may support one relationship: its sentenceIds are the
// union over articles. On a re-load this removes the article's sentences from affiliations the new document no
// longer states, and deletes an affiliation no article supports any more. Nothing to do (and no scan) on a first load.
// params: $articleId string (the article being loaded), $sentencePrefix string (the prefix of this article's sentence ids), $keys string[] (actorId|affiliateId|role of the new document's affiliations)
// columns: none
MATCH (:Article {id: $articleId})
MATCH (a:Actor)-[r:AFFILIATED_WITH]->(b:Actor)
WHERE any(x IN r.sentenceIds WHERE x STARTS WITH $sentencePrefix)
  AND NOT (a.id + '|' + b.id + '|' + r.role) IN $keys
WITH r, [x IN r.sentenceIds WHERE NOT x STARTS WITH $sentencePrefix] AS rest
CALL (r, rest) {
  WITH * WHERE size(rest) = 0
  DELETE r
}
CALL (r, rest) {
  WITH * WHERE size(rest) > 0
  SET r.sentenceIds = rest
}
