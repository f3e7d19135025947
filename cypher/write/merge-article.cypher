// Creates or updates the :Article. ingestedAt is set only on creation, so a re-load keeps it; the other properties
// are written only when one differs, so loading the same article twice sets nothing.
// params: $id string (article id), $title string, $source string, $url string (or null), $publishedAt date (YYYY-MM-DD), $text string, $extractor string
// columns: none
MERGE (a:Article {id: $id})
  ON CREATE SET a.ingestedAt = datetime()
WITH a, {title: $title, source: $source, url: $url, publishedAt: date($publishedAt), text: $text,
  extractor: $extractor} AS props
CALL (a, props) {
  WITH * WHERE any(k IN keys(props) WHERE CASE WHEN props[k] IS NULL THEN a[k] IS NOT NULL
    ELSE coalesce(a[k] <> props[k], true) END)
  SET a += props
}
