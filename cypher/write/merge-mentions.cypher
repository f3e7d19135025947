// Provenance: (:Actor|:Event|:Statement|:Place)-[:MENTIONED_IN {start, end, text}]->(:Sentence), one relationship
// per (node, sentence, start). The node is found by an index seek on each label (only the one its id names matches).
// params: $rows string[] (a list of maps {nodeId, sentenceId, start, end, text})
// columns: none
UNWIND $rows AS row
MATCH (s:Sentence {id: row.sentenceId})
OPTIONAL MATCH (actor:Actor {id: row.nodeId})
OPTIONAL MATCH (event:Event {id: row.nodeId})
OPTIONAL MATCH (statement:Statement {id: row.nodeId})
OPTIONAL MATCH (place:Place {id: row.nodeId})
WITH s, row, coalesce(actor, event, statement, place) AS n
MERGE (n)-[m:MENTIONED_IN {start: toInteger(row.start)}]->(s)
WITH m, {end: toInteger(row.end), text: row.text} AS props
CALL (m, props) {
  WITH * WHERE any(k IN keys(props) WHERE coalesce(m[k] <> props[k], true))
  SET m += props
}
