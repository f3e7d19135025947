// The actor relationship view: actor pairs projected from the events they share and from statements one made about
// the other, busiest pairs first, with the event types and evidence behind each. Two phases: count evidence for every
// pair (cheap), then gather types and sentences only for the pairs kept by $limit. Stance is computed by the caller
// from the event types (server/graph/stance.ts), so the weights live in one tested place.
// params: $kinds string[] = [] (actor kinds to keep, empty for all), $eventTypes string[] = [] (event types to keep, empty for all; statements only when empty), $from date = null (earliest event or article date), $to date = null (latest event or article date), $limit integer = 500 (relations at most)
// columns: total, a1, a2, types, evidenceIds, sentenceIdLists
CALL () {
  MATCH (a1:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(a2:Actor)
  WHERE a1.id < a2.id
    AND (size($kinds) = 0 OR (a1.kind IN $kinds AND a2.kind IN $kinds))
    AND (size($eventTypes) = 0 OR e.type IN $eventTypes)
    AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN a1, a2, e.id AS evidenceId
  UNION ALL
  MATCH (speaker:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Actor)
  WHERE speaker <> target AND size($eventTypes) = 0
    AND (size($kinds) = 0 OR (speaker.kind IN $kinds AND target.kind IN $kinds))
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (art:Article {id: s.articleId})
      WHERE ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
    })
  RETURN CASE WHEN speaker.id < target.id THEN speaker ELSE target END AS a1,
    CASE WHEN speaker.id < target.id THEN target ELSE speaker END AS a2, s.id AS evidenceId
}
WITH a1, a2, count(DISTINCT evidenceId) AS evidenceCount
ORDER BY evidenceCount DESC, a1.id, a2.id
WITH collect([a1, a2, evidenceCount]) AS pairs
UNWIND pairs[0..$limit] AS pair
WITH size(pairs) AS total, pair[0] AS a1, pair[1] AS a2, pair[2] AS evidenceCount
CALL (a1, a2) {
  MATCH (a1)-[p1:PARTICIPATED_IN]->(e:Event)<-[p2:PARTICIPATED_IN]-(a2)
  WHERE (size($eventTypes) = 0 OR e.type IN $eventTypes)
    AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN e.type AS type, e.id AS evidenceId, coalesce(p1.sentenceIds, []) + coalesce(p2.sentenceIds, []) AS sentenceIds
  UNION ALL
  MATCH (a1)-[said:SAID]->(s:Statement)-[:ABOUT]->(a2)
  WHERE size($eventTypes) = 0
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (art:Article {id: s.articleId})
      WHERE ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
    })
  RETURN 'STATEMENT' AS type, s.id AS evidenceId, coalesce(said.sentenceIds, []) AS sentenceIds
  UNION ALL
  MATCH (a2)-[said:SAID]->(s:Statement)-[:ABOUT]->(a1)
  WHERE size($eventTypes) = 0
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (art:Article {id: s.articleId})
      WHERE ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
    })
  RETURN 'STATEMENT' AS type, s.id AS evidenceId, coalesce(said.sentenceIds, []) AS sentenceIds
}
WITH total, a1, a2, evidenceCount, collect(type) AS types, collect(evidenceId) AS evidenceIds, collect(sentenceIds) AS sentenceIdLists
ORDER BY evidenceCount DESC, a1.id, a2.id
RETURN total, a1, a2, types, evidenceIds, sentenceIdLists
