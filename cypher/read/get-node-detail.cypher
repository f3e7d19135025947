// One node by id with its evidence: the sentences that mention it (with the mention offsets) and their articles.
// Six unique-index seeks instead of one label-less match: Neo4j 5.26 cannot seek on a dynamic label.
// params: $id string (the node id, e.g. actor:north-korea), $evidenceLimit integer = 200 (evidence sentences at most)
// columns: node, evidence, articleIds
CALL () {
  MATCH (n:Actor {id: $id}) RETURN n
  UNION ALL MATCH (n:Event {id: $id}) RETURN n
  UNION ALL MATCH (n:Statement {id: $id}) RETURN n
  UNION ALL MATCH (n:Place {id: $id}) RETURN n
  UNION ALL MATCH (n:Sentence {id: $id}) RETURN n
  UNION ALL MATCH (n:Article {id: $id}) RETURN n
}
CALL (n) {
  OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(s:Sentence)
  WITH s, m ORDER BY s.articleId, s.index, m.start
  WITH s, collect(m {.start, .end, .text}) AS mentions
  WHERE s IS NOT NULL
  // Grouping does not keep the order above, so sentences are ordered again before the cut.
  WITH s, mentions ORDER BY s.articleId, s.index LIMIT $evidenceLimit
  RETURN collect(s {.id, .index, .text, .start, .end, .articleId, mentions: mentions}) AS mentioned
}
WITH n, CASE WHEN n:Sentence THEN [n {.id, .index, .text, .start, .end, .articleId, mentions: []}] ELSE mentioned END AS evidence
RETURN n AS node, evidence,
  [x IN evidence | x.articleId] + CASE WHEN n:Article THEN [n.id] ELSE [] END + CASE WHEN n.articleId IS NULL THEN [] ELSE [n.articleId] END AS articleIds
