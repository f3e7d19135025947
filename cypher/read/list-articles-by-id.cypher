// Article summaries (no text) for a list of ids, newest first: the articles behind a node's evidence.
// params: $ids string[] (article ids)
// columns: article
MATCH (a:Article) WHERE a.id IN $ids
RETURN a {.id, .title, .source, .url, .publishedAt, .ingestedAt, .extractor, sentenceCount: COUNT { (:Sentence)-[:PART_OF]->(a) }} AS article
ORDER BY a.publishedAt DESC, a.id
