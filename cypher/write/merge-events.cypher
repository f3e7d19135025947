// The article's events, batched. date is a Neo4j date (null when unknown); properties are written only when one
// differs, so a re-load of the same document sets nothing.
// params: $articleId string (the article), $rows string[] (a list of maps {id, type, summary, date, datePrecision, status})
// columns: none
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
WITH e, {type: row.type, summary: row.summary, date: date(row.date), datePrecision: row.datePrecision,
  status: row.status, articleId: $articleId} AS props
CALL (e, props) {
  WITH * WHERE any(k IN keys(props) WHERE CASE WHEN props[k] IS NULL THEN e[k] IS NOT NULL
    ELSE coalesce(e[k] <> props[k], true) END)
  SET e += props
}
