// Benchmark only (scripts/bench-api.ts): a batch of synthetic actors with their kind label and one mention each in
// the given sentences. Never run by the server.
// params: $rows string[] (in fact a list of maps, the header has no map type: {id, name, aliases, kind, mentions: [{sentenceId, start, end}]})
// columns: none
UNWIND $rows AS row
CREATE (x:Actor {id: row.id, name: row.name, aliases: row.aliases, aliasText: reduce(t = '', a IN row.aliases | t + ' ' + a), kind: row.kind})
FOREACH (_ IN CASE WHEN row.kind = 'state' THEN [1] ELSE [] END | SET x:State)
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET x:Person)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET x:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'military' THEN [1] ELSE [] END | SET x:MilitaryUnit)
FOREACH (_ IN CASE WHEN row.kind = 'media' THEN [1] ELSE [] END | SET x:Media)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET x:Group)
WITH x, row
UNWIND row.mentions AS m
MATCH (s:Sentence {id: m.sentenceId})
CREATE (x)-[:MENTIONED_IN {start: m.start, end: m.end, text: row.name}]->(s)
