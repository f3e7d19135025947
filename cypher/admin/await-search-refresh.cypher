// Blocks until the eventually consistent full-text index (schema/create-fulltext-search) holds every committed
// transaction, so a search right after a load finds what it wrote. The ingest API runs it after each article, the
// load command once after all of them.
// params: none
// columns: none
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
