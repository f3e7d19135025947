// Blocks until every index is online (at most 60 s) and the eventually consistent full-text index has caught up with
// every commit, so a search right after start-up, a seed or a load sees the data.
// params: none
// columns: none
CALL db.awaitIndexes(60)
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
