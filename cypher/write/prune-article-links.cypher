// Re-loading an article whose extraction changed: deletes relationships touching the article's own sentences,
// events and statements that the new document no longer describes (a participant dropped, a speaker corrected).
// A relationship is named by the key type|startId|endId|role|start, built the same way in server/loader/ingest-rows.ts.
// params: $articleId string (the article being loaded), $keys string[] (keys of every article-owned relationship in the new document)
// columns: none
MATCH (:Article {id: $articleId})<-[:PART_OF]-(s:Sentence)
OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(owned:Event|Statement)
WITH collect(s) + collect(owned) AS ownedNodes
UNWIND ownedNodes AS n
MATCH (n)-[r]-()
WITH DISTINCT r
WHERE NOT (type(r) + '|' + startNode(r).id + '|' + endNode(r).id + '|' + coalesce(r.role, '') + '|' +
  coalesce(toString(r.start), '')) IN $keys
DELETE r
