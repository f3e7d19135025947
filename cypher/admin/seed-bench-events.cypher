// Benchmark only (scripts/bench-api.ts): a batch of synthetic events with their participants, place and mention.
// Never run by the server.
// params: $rows string[] (in fact a list of maps, the header has no map type: {id, type, summary, date, articleId, sentenceId, placeId, participants: [{actorId, role}]})
// columns: none
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (p:Place {id: row.placeId})
CREATE (e:Event {id: row.id, type: row.type, summary: row.summary, date: date(row.date), datePrecision: 'day',
  status: 'occurred', articleId: row.articleId})
CREATE (e)-[:MENTIONED_IN {start: s.start, end: s.end, text: row.summary}]->(s)
CREATE (e)-[:AT {sentenceIds: [row.sentenceId]}]->(p)
WITH e, row
UNWIND row.participants AS part
MATCH (a:Actor {id: part.actorId})
CREATE (a)-[:PARTICIPATED_IN {role: part.role, sentenceIds: [row.sentenceId]}]->(e)
