// Schema upgrade: drops the full-text index `search` named by admin/list-outdated-search-index, so that
// schema/create-fulltext-search creates it again with today's options (Neo4j refills it from the graph).
// params: none
// columns: none
DROP INDEX search IF EXISTS
