// The nodes with the given ids: tells a 404 apart from an empty answer, and gives an expansion its nodes. The caller
// groups the ids by label (the id prefix says it), so each id costs one unique-index seek.
// params: $actorIds string[], $eventIds string[], $statementIds string[], $placeIds string[], $sentenceIds string[], $articleIds string[] (the ids, grouped by label by the caller: server/graph/ids-by-label.ts)
// columns: node
CALL () {
  UNWIND $actorIds AS id MATCH (n:Actor {id: id}) RETURN n
  UNION ALL UNWIND $eventIds AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL UNWIND $statementIds AS id MATCH (n:Statement {id: id}) RETURN n
  UNION ALL UNWIND $placeIds AS id MATCH (n:Place {id: id}) RETURN n
  UNION ALL UNWIND $sentenceIds AS id MATCH (n:Sentence {id: id}) RETURN n
  UNION ALL UNWIND $articleIds AS id MATCH (n:Article {id: id}) RETURN n
}
RETURN n AS node
