// The loader's first statement for every article, and the whole load of an article the graph does not hold yet.
// MERGE on the :Article takes its unique-index lock, so of two loads of one new article the second waits for the
// first to commit and then sees it. A known article (one with sentences: every load writes at least one) stops
// here and returns no row, and the loader runs the prune and the merges of write/merge-article-nodes and
// merge-article-links instead. A new article cannot own anything yet (its sentences, events and statements carry
// its slug in their ids, and every relationship but AFFILIATED_WITH touches one of them), so they and their
// relationships are CREATEd: no locking index seek, no existence check, no property comparison per row — that was
// most of what Neo4j did per article. Only shared nodes (actors, places) and affiliations between actors are merged,
// with the same rules as write/merge-article-nodes and merge-article-links. Relationship rows name their ends by
// position in the node lists this statement creates (server/loader/ingest-new-article.ts): no index seek at all. Positions arrive as
// JavaScript numbers, which the driver sends as floats: toInteger() makes them list indexes. A null text is one the
// statement already has (ingest-new-article.ts: a sentence's slice of $text, a whole-sentence mention's sentence text).
// CYPHER replan=skip: the plan needs no statistics (unique-index seeks and list positions only); without it Neo4j
// re-plans this big statement every ~10 s while a load grows the graph.
// params: $articleId string (article id), $title string, $source string, $url string (or null), $publishedAt date (YYYY-MM-DD), $text string, $extractor string, $sentencePrefix string (prefix of this article's sentence ids), $sentences string[] (maps {id, index, text or null for its slice of $text, start, end}), $actors string[] (maps {id, name, kind, label, aliases}), $places string[] (maps {id, name}), $events string[] (maps {id, type, summary, date, datePrecision, status}), $statements string[] (maps {id, text, mode}), $mentions string[] (maps {node: position in actors + places + events + statements, sentence: position in sentences, start, end, text or null for the sentence's}), $participations string[] (maps {actor, event, role, sentenceIds}), $eventPlaces string[] (maps {event, place, sentenceIds}), $eventResponses string[] (maps {event, target, sentenceIds}), $speakers string[] (maps {actor, statement, sentenceIds}), $reporters string[] (same), $subjects string[] (maps {statement, target: position in actors + events, sentenceIds}), $affiliations string[] (maps {actor, affiliate, role, sentenceIds})
// columns: createdArticleId
CYPHER replan=skip
MERGE (a:Article {id: $articleId})
  ON CREATE SET a.ingestedAt = datetime()
WITH a
WHERE NOT EXISTS { (a)<-[:PART_OF]-(:Sentence) }
SET a += {title: $title, source: $source, url: $url, publishedAt: date($publishedAt), text: $text, extractor: $extractor}
WITH a
CALL (a) {
  UNWIND $sentences AS row
  CREATE (s:Sentence {id: row.id, index: toInteger(row.index), start: toInteger(row.start), end: toInteger(row.end),
    text: coalesce(row.text, substring($text, toInteger(row.start), toInteger(row.end) - toInteger(row.start))),
    articleId: $articleId})
  CREATE (s)-[:PART_OF]->(a)
  RETURN collect(s) AS sentences
}
CALL () {
  UNWIND $actors AS row
  MERGE (n:Actor {id: row.id})
    ON CREATE SET n:$(row.label), n.name = row.name, n.kind = row.kind, n.aliases = [], n.aliasText = ''
  WITH n, [x IN row.aliases WHERE NOT x IN n.aliases] AS added
  CALL (n, added) {
    WITH * WHERE size(added) > 0
    WITH n, n.aliases + added AS aliases
    SET n.aliases = aliases, n.aliasText = reduce(t = '', x IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' ' END + x)
  }
  RETURN collect(n) AS actors
}
CALL () {
  UNWIND $places AS row
  MERGE (p:Place {id: row.id})
    ON CREATE SET p.name = row.name
  RETURN collect(p) AS places
}
CALL () {
  UNWIND $events AS row
  CREATE (e:Event {id: row.id, type: row.type, summary: row.summary, date: date(row.date), datePrecision: row.datePrecision,
    status: row.status, articleId: $articleId})
  RETURN collect(e) AS events
}
CALL () {
  UNWIND $statements AS row
  CREATE (st:Statement {id: row.id, text: row.text, mode: row.mode, articleId: $articleId})
  RETURN collect(st) AS statements
}
CALL (sentences, actors, places, events, statements) {
  WITH sentences, actors + places + events + statements AS owners
  UNWIND $mentions AS row
  WITH owners[toInteger(row.node)] AS n, sentences[toInteger(row.sentence)] AS s, row
  CREATE (n)-[:MENTIONED_IN {start: toInteger(row.start), end: toInteger(row.end), text: coalesce(row.text, s.text)}]->(s)
}
CALL (actors, events) {
  UNWIND $participations AS row
  WITH actors[toInteger(row.actor)] AS x, events[toInteger(row.event)] AS e, row
  CREATE (x)-[:PARTICIPATED_IN {role: row.role, sentenceIds: row.sentenceIds}]->(e)
}
CALL (places, events) {
  UNWIND $eventPlaces AS row
  WITH events[toInteger(row.event)] AS e, places[toInteger(row.place)] AS p, row
  CREATE (e)-[:AT {sentenceIds: row.sentenceIds}]->(p)
}
CALL (events) {
  UNWIND $eventResponses AS row
  WITH events[toInteger(row.event)] AS e, events[toInteger(row.target)] AS t, row
  CREATE (e)-[:RESPONDS_TO {sentenceIds: row.sentenceIds}]->(t)
}
CALL (actors, statements) {
  UNWIND $speakers AS row
  WITH actors[toInteger(row.actor)] AS x, statements[toInteger(row.statement)] AS st, row
  CREATE (x)-[:SAID {sentenceIds: row.sentenceIds}]->(st)
}
CALL (actors, statements) {
  UNWIND $reporters AS row
  WITH actors[toInteger(row.actor)] AS x, statements[toInteger(row.statement)] AS st, row
  CREATE (x)-[:REPORTED {sentenceIds: row.sentenceIds}]->(st)
}
CALL (actors, events, statements) {
  WITH actors + events AS targets, statements
  UNWIND $subjects AS row
  WITH statements[toInteger(row.statement)] AS st, targets[toInteger(row.target)] AS t, row
  CREATE (st)-[:ABOUT {sentenceIds: row.sentenceIds}]->(t)
}
CALL (actors) {
  UNWIND $affiliations AS row
  WITH actors[toInteger(row.actor)] AS x, actors[toInteger(row.affiliate)] AS y, row
  MERGE (x)-[r:AFFILIATED_WITH {role: row.role}]->(y)
  WITH r, coalesce(r.sentenceIds, []) AS old,
    [id IN coalesce(r.sentenceIds, []) WHERE NOT id STARTS WITH $sentencePrefix] + row.sentenceIds AS ids
  CALL (r, old, ids) { WITH * WHERE size(old) <> size(ids) OR any(id IN ids WHERE NOT id IN old) SET r.sentenceIds = ids }
}
RETURN a.id AS createdArticleId
