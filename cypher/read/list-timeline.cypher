// Events in date order (undated last) with their participants and place; one row more than $limit tells the caller
// that the list was cut.
// params: $from date = null (earliest date), $to date = null (latest date), $eventTypes string[] = [] (types to keep, empty for all), $actorId string = null (only events this actor took part in), $limit integer = 200 (events at most)
// columns: event, participants, place
MATCH (e:Event)
WHERE (size($eventTypes) = 0 OR e.type IN $eventTypes)
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(e) })
WITH e ORDER BY e.date IS NULL, e.date, e.id LIMIT $limit + 1
CALL (e) {
  OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
  WITH a, p ORDER BY p.role, a.name
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.name, kind: a.kind, role: p.role} END) AS participants
}
OPTIONAL MATCH (e)-[:AT]->(pl:Place)
RETURN e {.id, .type, .summary, .date, .datePrecision, .status, .articleId} AS event, participants, pl {.id, .name} AS place
