// Benchmark only (scripts/bench-api.ts): a batch of synthetic statements (speaker, target, sentence) and places.
// Never run by the server.
// params: $rows string[] (in fact a list of maps, the header has no map type: {id, text, articleId, sentenceId, speakerId, aboutId}), $places string[] (in fact a list of maps: {id, name})
// columns: none
CALL () {
  UNWIND $places AS place
  CREATE (:Place {id: place.id, name: place.name})
}
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
MATCH (speaker:Actor {id: row.speakerId})
MATCH (about:Actor {id: row.aboutId})
CREATE (st:Statement {id: row.id, text: row.text, mode: 'reported', articleId: row.articleId})
CREATE (speaker)-[:SAID {sentenceIds: [row.sentenceId]}]->(st)
CREATE (st)-[:ABOUT {sentenceIds: [row.sentenceId]}]->(about)
CREATE (st)-[:MENTIONED_IN {start: s.start, end: s.end, text: row.text}]->(s)
