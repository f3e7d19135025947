// One breadth-first step of a neighbourhood expansion: every node next to the given nodes and the relationship that
// connects them. The repository repeats it (depth 1..3) so that it can refuse to walk on through sentence and article
// hubs, which would otherwise pull in whole articles at depth 2. Only ids and labels travel here: the few nodes the
// answer keeps are fetched afterwards, so a hub's thousands of neighbours cost no property transfer.
// params: $actorIds string[], $eventIds string[], $statementIds string[], $placeIds string[], $sentenceIds string[], $articleIds string[] (the nodes to expand, grouped by label by the caller: server/graph/ids-by-label.ts), $limit integer = 5000 (rows at most; more means truncated)
// columns: id, labels, edge
CALL () {
  UNWIND $actorIds AS id MATCH (n:Actor {id: id}) RETURN n
  UNION ALL UNWIND $eventIds AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL UNWIND $statementIds AS id MATCH (n:Statement {id: id}) RETURN n
  UNION ALL UNWIND $placeIds AS id MATCH (n:Place {id: id}) RETURN n
  UNION ALL UNWIND $sentenceIds AS id MATCH (n:Sentence {id: id}) RETURN n
  UNION ALL UNWIND $articleIds AS id MATCH (n:Article {id: id}) RETURN n
}
MATCH (n)-[r]-(m)
RETURN m.id AS id, labels(m) AS labels,
  {source: startNode(r).id, target: endNode(r).id, type: type(r), properties: properties(r)} AS edge
LIMIT $limit
