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
// Levels hold [node, rank], the rank read once per node: actor 0, event 1, statement 2, place 3, article 4,
// sentence 5, any other label 6. It orders the kept nodes and says which nodes a step may go through (not 4 or 5).
CALL (center) {
  MATCH (center)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows1, collect(DISTINCT m) AS reached1
}
WITH center, rows1, [m IN reached1 WHERE m <> center | [m, CASE WHEN m:Actor THEN 0 WHEN m:Event THEN 1 WHEN m:Statement THEN 2 WHEN m:Place THEN 3 WHEN m:Sentence THEN 5 WHEN m:Article THEN 4 ELSE 6 END]] AS level1
WITH center, rows1, level1, [p IN level1 WHERE NOT p[1] IN [4, 5]] AS frontier1
CALL (frontier1) {
  UNWIND CASE WHEN $depth >= 2 THEN frontier1[0..$maxFrontier] ELSE [] END AS f
  WITH f[0] AS f
  MATCH (f)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows2, collect(DISTINCT m) AS reached2
}
CALL (center, level1, reached2) {
  UNWIND CASE WHEN size(reached2) = 0 THEN [] ELSE [[center, 0]] + [p IN level1 | [p[0], 1]] + [m IN reached2 | [m, 2]] END AS found
  WITH found[0] AS m, min(found[1]) AS depth
  WHERE depth = 2
  RETURN collect([m, CASE WHEN m:Actor THEN 0 WHEN m:Event THEN 1 WHEN m:Statement THEN 2 WHEN m:Place THEN 3 WHEN m:Sentence THEN 5 WHEN m:Article THEN 4 ELSE 6 END]) AS level2
}
WITH center, rows1, level1, frontier1, rows2, level2, [p IN level2 WHERE NOT p[1] IN [4, 5]] AS frontier2
CALL (frontier2) {
  UNWIND CASE WHEN $depth >= 3 THEN frontier2[0..$maxFrontier] ELSE [] END AS f
  WITH f[0] AS f
  MATCH (f)--(m)
  WITH m LIMIT $stepRows
  RETURN count(*) AS rows3, collect(DISTINCT m) AS reached3
}
CALL (center, level1, level2, reached3) {
  UNWIND CASE WHEN size(reached3) = 0 THEN [] ELSE [[center, 0]] + [p IN level1 | [p[0], 1]] + [p IN level2 | [p[0], 2]] + [m IN reached3 | [m, 3]] END AS found
  WITH found[0] AS m, min(found[1]) AS depth
  WHERE depth = 3
  RETURN collect([m, CASE WHEN m:Actor THEN 0 WHEN m:Event THEN 1 WHEN m:Statement THEN 2 WHEN m:Place THEN 3 WHEN m:Sentence THEN 5 WHEN m:Article THEN 4 ELSE 6 END]) AS level3
}
// [node, rank, depth, stepped from]: the first $maxFrontier of a frontier were expanded, if a further step ran.
WITH center, [rows1, rows2, rows3][0..$depth] AS stepRows, [1, size(frontier1), size(frontier2)][0..$depth] AS frontierSizes,
  [i IN range(0, size(frontier1) - 1) | frontier1[i] + [1, $depth >= 2 AND i < $maxFrontier]]
    + [p IN level1 WHERE p[1] IN [4, 5] | p + [1, false]]
    + [i IN range(0, size(frontier2) - 1) | frontier2[i] + [2, $depth >= 3 AND i < $maxFrontier]]
    + [p IN level2 WHERE p[1] IN [4, 5] | p + [2, false]]
    + [p IN level3 | p + [3, false]] AS found
CALL (found) {
  UNWIND found AS f
  WITH f[0] AS m, f[1] AS rank, f[2] AS depth, f[3] AS stepped
  WITH m, rank, depth, stepped, coalesce(['actor', 'event', 'statement', 'place', 'article', 'sentence'][rank], toLower(coalesce(head(labels(m)), 'node'))) AS type
  WHERE size($types) = 0 OR type IN $types
  WITH m, stepped, type, depth * 10 + rank AS bucket
  ORDER BY bucket
  WITH collect([m, stepped, type, bucket]) AS byBucket
  // Ids are read and compared only up to the bucket (depth, type) the limit cuts through: from a hub, hundreds of
  // nodes at depth 1 and thousands at depth 2 would otherwise each have their id read and sorted to be counted.
  WITH byBucket, coalesce(byBucket[$limit - 1][3], 99) AS lastKeptBucket
  CALL (byBucket, lastKeptBucket) {
    UNWIND byBucket AS k
    WITH k WHERE k[3] <= lastKeptBucket
    ORDER BY k[3], replace(k[0].id, ':', '/')
    RETURN collect(k) AS ranked
  }
  RETURN ranked[0..$limit] AS kept, [k IN ranked[$limit..] | k[2]] + [k IN byBucket WHERE k[3] > lastKeptBucket | k[2]] AS leftTypes
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
