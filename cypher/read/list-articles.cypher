// Article summaries (no text), newest first, one page at a time, with the total for paging.
// params: $limit integer = 50 (articles per page), $offset integer = 0 (articles to skip)
// columns: total, article
CALL () { MATCH (a:Article) RETURN count(a) AS total }
MATCH (a:Article)
WITH total, a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
RETURN total, a {.id, .title, .source, .url, .publishedAt, .ingestedAt, .extractor, sentenceCount: COUNT { (:Sentence)-[:PART_OF]->(a) }} AS article
