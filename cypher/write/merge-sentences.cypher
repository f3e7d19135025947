// The article's sentences and their PART_OF link, batched. Properties are written only when one differs, so a
// re-load of the same document sets nothing.
// params: $articleId string (the article), $rows string[] (a list of maps {id, index, text, start, end})
// columns: none
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
WITH a, s, {index: toInteger(row.index), text: row.text, start: toInteger(row.start), end: toInteger(row.end),
  articleId: $articleId} AS props
CALL (s, props) {
  WITH * WHERE any(k IN keys(props) WHERE coalesce(s[k] <> props[k], true))
  SET s += props
}
MERGE (s)-[:PART_OF]->(a)
