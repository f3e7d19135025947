// All shortest paths (up to six hops, any relationship, either direction) between two nodes. The length cap is
// applied after the search so the planner keeps its fast bidirectional breadth-first search.
// params: $from string (start node id), $to string (end node id), $maxLength integer = 4 (hops at most), $limit integer = 5 (paths at most)
// columns: nodes, edges
CALL () {
  MATCH (a:Actor {id: $from}) RETURN a
  UNION ALL MATCH (a:Event {id: $from}) RETURN a
  UNION ALL MATCH (a:Statement {id: $from}) RETURN a
  UNION ALL MATCH (a:Place {id: $from}) RETURN a
  UNION ALL MATCH (a:Sentence {id: $from}) RETURN a
  UNION ALL MATCH (a:Article {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Actor {id: $to}) RETURN b
  UNION ALL MATCH (b:Event {id: $to}) RETURN b
  UNION ALL MATCH (b:Statement {id: $to}) RETURN b
  UNION ALL MATCH (b:Place {id: $to}) RETURN b
  UNION ALL MATCH (b:Sentence {id: $to}) RETURN b
  UNION ALL MATCH (b:Article {id: $to}) RETURN b
}
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p WHERE length(p) <= $maxLength
RETURN nodes(p) AS nodes,
  [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), properties: properties(r)}] AS edges
LIMIT $limit
