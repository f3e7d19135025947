// The loader's check before the demo load at start-up: the demo articles are loaded only into a database that holds
// no article yet (so a user's own graph is never mixed with the demo).
// params: none
// columns: articles
MATCH (a:Article)
RETURN count(a) AS articles
