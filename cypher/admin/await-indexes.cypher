// Blocks until every index is online (at most 60 s), so a search right after start-up or a load sees the data.
// params: none
// columns: none
CALL db.awaitIndexes(60)
