// The article's statements (quotes and reported speech), batched; properties written only when one differs.
// params: $articleId string (the article), $rows string[] (a list of maps {id, text, mode})
// columns: none
UNWIND $rows AS row
MERGE (st:Statement {id: row.id})
WITH st, {text: row.text, mode: row.mode, articleId: $articleId} AS props
CALL (st, props) {
  WITH * WHERE any(k IN keys(props) WHERE coalesce(st[k] <> props[k], true))
  SET st += props
}
