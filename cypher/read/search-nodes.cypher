// Ranked full-text search over actors (names and aliases), events, statements, sentences and places. $q is a Lucene
// query: the caller escapes user input first (server/graph/lucene-query.ts).
// params: $q string (escaped Lucene query), $labels string[] = [] (labels to keep, empty for all), $limit integer = 20 (results at most)
// columns: node, score
CALL db.index.fulltext.queryNodes('search', $q, {limit: $limit * 5}) YIELD node, score
WITH node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
