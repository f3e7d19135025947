// One ranked full-text index over what an analyst searches for: actor names and aliases, event summaries,
// statement and sentence text. Aliases are indexed through aliasText, a space-joined copy of the aliases list.
// params: none
// columns: none
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Actor|Event|Statement|Sentence|Place) ON EACH [n.name, n.aliasText, n.summary, n.text]
