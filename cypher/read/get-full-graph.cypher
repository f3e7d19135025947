// The full graph (actors, events, statements, places, articles, sentences) for the explorer's "Full graph" view: the
// nodes of the wanted labels, semantic ones first (actors, events, statements, places, then provenance), cut at
// $limit, and the relationships among them. total counts every matching node, so the caller can say it was cut.
// Relationships whose far end lies past the cut are returned too and dropped by the caller (a membership test per
// row in Cypher would be a list scan).
// params: $labels string[] (node labels to include: Actor, Event, Statement, Place, Article, Sentence), $limit integer = 5000 (nodes at most), $edgeLimit integer = 20000 (relationships at most)
// columns: total, nodes, edges
CALL () {
  MATCH (n:Actor) WHERE 'Actor' IN $labels RETURN n, 0 AS rank
  UNION ALL MATCH (n:Event) WHERE 'Event' IN $labels RETURN n, 1 AS rank
  UNION ALL MATCH (n:Statement) WHERE 'Statement' IN $labels RETURN n, 2 AS rank
  UNION ALL MATCH (n:Place) WHERE 'Place' IN $labels RETURN n, 3 AS rank
  UNION ALL MATCH (n:Article) WHERE 'Article' IN $labels RETURN n, 4 AS rank
  UNION ALL MATCH (n:Sentence) WHERE 'Sentence' IN $labels RETURN n, 5 AS rank
}
WITH n ORDER BY rank, n.id
WITH collect(n) AS ordered
WITH size(ordered) AS total, ordered[0..$limit] AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[r]->(m)
  WHERE any(label IN labels(m) WHERE label IN $labels)
  WITH n, r, m LIMIT $edgeLimit
  RETURN collect({source: n.id, target: m.id, type: type(r), properties: properties(r)}) AS edges
}
RETURN total, nodes, edges
