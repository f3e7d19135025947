// Benchmark only (scripts/bench-load.ts): the full-text index as it was before it became eventually consistent,
// Lucene updated inside each commit, to time the same load both ways in one run. Same name, labels and properties
// as schema/create-fulltext-search; applySchema puts that one back (server/db/schema-upgrade.ts).
// params: none
// columns: none
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Actor|Event|Statement|Sentence|Place) ON EACH [n.name, n.aliasText, n.summary, n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: false}}
