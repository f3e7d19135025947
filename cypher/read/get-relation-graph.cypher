// The actor relationship view: actor pairs projected from the events they share and from statements one made about
// the other, with the event types and evidence behind each pair, busiest pairs first. Stance is computed by the
// caller from the event types (server/graph/stance.ts), so the weights live in one tested place.
// params: $kinds string[] = [] (actor kinds to keep, empty for all), $eventTypes string[] = [] (event types to keep, empty for all; statements only when empty), $from date = null (earliest event or article date), $to date = null (latest event or article date), $limit integer = 500 (relations at most)
// columns: total, relations
CALL () {
  MATCH (a1:Actor)-[p1:PARTICIPATED_IN]->(e:Event)<-[p2:PARTICIPATED_IN]-(a2:Actor)
  WHERE a1.id < a2.id
    AND (size($eventTypes) = 0 OR e.type IN $eventTypes)
    AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  RETURN a1, a2, e.type AS type, e.id AS evidenceId, coalesce(p1.sentenceIds, []) + coalesce(p2.sentenceIds, []) AS sentenceIds
  UNION ALL
  MATCH (speaker:Actor)-[said:SAID]->(s:Statement)-[:ABOUT]->(target:Actor)
  WHERE speaker <> target AND size($eventTypes) = 0
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (art:Article {id: s.articleId})
      WHERE ($from IS NULL OR art.publishedAt >= $from) AND ($to IS NULL OR art.publishedAt <= $to)
    })
  RETURN CASE WHEN speaker.id < target.id THEN speaker ELSE target END AS a1,
    CASE WHEN speaker.id < target.id THEN target ELSE speaker END AS a2,
    'STATEMENT' AS type, s.id AS evidenceId, coalesce(said.sentenceIds, []) AS sentenceIds
}
WITH a1, a2, type, evidenceId, sentenceIds
WHERE size($kinds) = 0 OR (a1.kind IN $kinds AND a2.kind IN $kinds)
WITH a1, a2, collect(type) AS types, collect(evidenceId) AS evidenceIds, collect(sentenceIds) AS sentenceIdLists
ORDER BY size(evidenceIds) DESC, a1.id, a2.id
WITH collect({a1: a1, a2: a2, types: types, evidenceIds: evidenceIds, sentenceIdLists: sentenceIdLists}) AS found
RETURN size(found) AS total, found[0..$limit] AS relations
