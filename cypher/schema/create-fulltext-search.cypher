// One ranked full-text index over what an analyst searches for: actor names and aliases, event summaries,
// statement and sentence text. Aliases are indexed through aliasText, a space-joined copy of the aliases list.
// Eventually consistent: Lucene is updated by a background thread after the commit instead of inside it (it was
// about a fifth of Neo4j's CPU per loaded article, all of it while the article's locks were held). A search right
// after a commit may miss that commit for a moment, so whoever loads and then searches waits for
// admin/await-search-refresh (the ingest API and the load command do). server/db/schema-upgrade.ts recreates an
// index built with other options (IF NOT EXISTS alone would keep it).
// params: none
// columns: none
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Actor|Event|Statement|Sentence|Place) ON EACH [n.name, n.aliasText, n.summary, n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}
