// How big the graph is, for /api/health. Uses the count store, so it answers in constant time.
// params: none
// columns: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
