// Re-loading an article whose extraction changed: deletes the article's own events, statements and sentences that
// the new document no longer contains (with their relationships). Events and statements are found through the
// article's sentences they are MENTIONED_IN, so this is an anchored traversal, not a label scan.
// params: $articleId string (the article being loaded), $ownedIds string[] (event and statement ids of the new document), $sentenceIds string[] (sentence ids of the new document)
// columns: none
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)<-[:PART_OF]-(:Sentence)<-[:MENTIONED_IN]-(x:Event|Statement)
  WHERE NOT x.id IN $ownedIds
  WITH DISTINCT x
  DETACH DELETE x
}
CALL (a) {
  MATCH (a)<-[:PART_OF]-(s:Sentence)
  WHERE NOT s.id IN $sentenceIds
  DETACH DELETE s
}
