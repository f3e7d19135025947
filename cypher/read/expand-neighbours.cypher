// A node's neighbourhood (GET /api/nodes/:id/neighbours) in one statement: a breadth-first walk of 1..3 steps, the
// nodes the answer keeps, the relationships among them and per-type counts of what was found but left out.
// Walk: sentences and articles are reached but never expanded through (from an actor, depth 2 through a sentence
// would be every word of the article); a step reads at most $stepRows relationships from at most $maxFrontier nodes,
// and the row counts and frontier sizes come back so the caller can say the answer was cut. A node's depth is the
// first step that reached it: each step's nodes are merged with the earlier ones by a grouping aggregation (min
// depth), linear where a list-membership test per node would be quadratic; a step that reached nothing skips it.
// Only node references travel between the steps; properties are read for the kept nodes alone, so a hub's thousands
// of neighbours cost no property transfer.
// Keep: nearest first, then actor, event, statement, place, article, sentence, then by id, at most $limit besides
// the centre. The id order is the one JavaScript's localeCompare gives for the ids the loader makes (lower-case
// slugs, digits, "-" and ":"): ":" sorts before the digits there, hence the "/" in the sort key.
// Edges: the relationships among the kept nodes with at least one end the walk stepped from (those it saw).
// params: $actorIds string[], $eventIds string[], $statementIds string[], $placeIds string[], $sentenceIds string[], $articleIds string[] (the centre's id, in the list of its label: server/graph/ids-by-label.ts), $depth integer = 1 (steps, 1..3), $types string[] = [] (node types to keep: actor, event, statement, place, sentence, article; empty for all), $limit integer = 100 (nodes kept besides the centre), $stepRows integer = 5000 (relationships read per step at most), $maxFrontier integer = 1000 (nodes expanded per step at most)
// columns: nodes ([labels, properties, element id when no id]), edges ([source id, target id, type, properties]), beyond, stepRows, frontierSizes
CALL () {
  UNWIND $actorIds AS id MATCH (n:Actor {id: id}) RETURN n
  UNION ALL UNWIND $eventIds AS id MATCH (n:Event {id: id}) RETURN n
  UNION ALL UNWIND $statementIds AS id MATCH (n:Statement {id: id}) RETURN n
  UNION ALL UNWIND $placeIds AS id MATCH (n:Place {id: id}) RETURN n
  UNION ALL UNWIND $sentenceIds AS id MATCH (n:Sentence {id: id}) RETURN n
  UNION ALL UNWIND $articleIds AS id MATCH (n:Article {id: id}) RETURN n
}
WITH n AS center LIMIT 1
CALL (center) {
  MATCH (center)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows1, collect(DISTINCT m) AS reached1
}
WITH center, rows1, [m IN reached1 WHERE m <> center] AS level1
WITH center, rows1, level1, [m IN level1 WHERE NOT m:Sentence AND NOT m:Article] AS frontier1
CALL (frontier1) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier1[0..$maxFrontier] ELSE [] END AS f
  MATCH (f)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows2, collect(DISTINCT m) AS reached2
}
CALL (center, level1, reached2) {
  UNWIND CASE WHEN size(reached2) = 0 THEN [] ELSE [[center, 0]] + [m IN level1 | [m, 1]] + [m IN reached2 | [m, 2]] END AS found
  WITH found[0] AS m, min(found[1]) AS depth
  WHERE depth = 2
  RETURN collect(m) AS level2
}
WITH center, rows1, level1, frontier1, rows2, level2, [m IN level2 WHERE NOT m:Sentence AND NOT m:Article] AS frontier2
CALL (frontier2) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier2[0..$maxFrontier] ELSE [] END AS f
  MATCH (f)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows3, collect(DISTINCT m) AS reached3
}
CALL (center, level1, level2, reached3) {
  UNWIND CASE WHEN size(reached3) = 0 THEN [] ELSE [[center, 0]] + [m IN level1 | [m, 1]] + [m IN level2 | [m, 2]] + [m IN reached3 | [m, 3]] END AS found
  WITH found[0] AS m, min(found[1]) AS depth
  WHERE depth = 3
  RETURN collect(m) AS level3
}
// [node, depth, stepped from]: the first $maxFrontier of a frontier were expanded, if a further step ran.
WITH center, [rows1, rows2, rows3][0..$depth] AS stepRows, [1, size(frontier1), size(frontier2)][0..$depth] AS frontierSizes,
  [i IN range(0, size(frontier1) - 1) | [frontier1[i], 1, $depth >= 2 AND i < $maxFrontier]]
    + [m IN level1 WHERE m:Sentence OR m:Article | [m, 1, false]]
    + [i IN range(0, size(frontier2) - 1) | [frontier2[i], 2, $depth >= 3 AND i < $maxFrontier]]
    + [m IN level2 WHERE m:Sentence OR m:Article | [m, 2, false]]
    + [m IN level3 | [m, 3, false]] AS found
CALL (found) {
  UNWIND found AS f
  WITH f[0] AS m, f[1] AS depth, f[2] AS stepped
  WITH m, depth, stepped, CASE
      WHEN m:Actor THEN 'actor' WHEN m:Event THEN 'event' WHEN m:Statement THEN 'statement'
      WHEN m:Place THEN 'place' WHEN m:Sentence THEN 'sentence' WHEN m:Article THEN 'article'
      ELSE toLower(coalesce(head(labels(m)), 'node'))
    END AS type
  WHERE size($types) = 0 OR type IN $types
  WITH m, depth, stepped, type,
    coalesce({actor: 0, event: 1, statement: 2, place: 3, article: 4, sentence: 5}[type], 6) AS rank
  ORDER BY depth, rank, replace(m.id, ':', '/')
  WITH collect([m, stepped, type]) AS ranked
  RETURN ranked[0..$limit] AS kept, [k IN ranked[$limit..] | k[2]] AS leftTypes
}
WITH center, stepRows, frontierSizes, [[center, true]] + [k IN kept | [k[0], k[1]]] AS kept, leftTypes
WITH center, stepRows, frontierSizes, kept, [k IN kept | k[0]] AS nodes, leftTypes
CALL (kept, nodes) {
  UNWIND kept AS k
  WITH k[0] AS n WHERE k[1]
  MATCH (n)-[r]-(m)
  WHERE m IN nodes
  WITH DISTINCT r
  RETURN collect([startNode(r).id, endNode(r).id, type(r), properties(r)]) AS edges
}
CALL (leftTypes) {
  UNWIND leftTypes AS type
  WITH type, count(*) AS n
  RETURN collect([type, n]) AS beyond
}
// Lists rather than nodes and maps: no element ids or map keys to ship and decode. An article's text stays in Neo4j
// (null here; graph views show its title, GET /api/articles/:id has the text).
RETURN [m IN nodes | [labels(m), CASE WHEN m:Article THEN m {.*, text: null} ELSE properties(m) END, CASE WHEN m.id IS NULL THEN elementId(m) END]] AS nodes,
  edges, beyond, stepRows, frontierSizes
