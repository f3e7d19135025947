// One article with its text and its sentences in order, each with the mentions it contains, for the evidence reader.
// params: $id string (the article id, e.g. article:some-slug)
// columns: article, sentences
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (s:Sentence)-[:PART_OF]->(a)
  OPTIONAL MATCH (x)-[m:MENTIONED_IN]->(s)
  WITH s, x, m ORDER BY m.start
  WITH s, collect(CASE WHEN x IS NULL THEN null ELSE {nodeId: x.id, labels: labels(x), start: m.start, end: m.end, text: m.text} END) AS mentions
  WHERE s IS NOT NULL
  WITH s, mentions ORDER BY s.index
  RETURN collect(s {.id, .index, .text, .start, .end, .articleId, mentions: mentions}) AS sentences
}
RETURN a {.*, sentenceCount: size(sentences)} AS article, sentences
