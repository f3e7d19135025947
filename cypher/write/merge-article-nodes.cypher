// Every node of one article in one statement (the loader's fast path): the :Article, its sentences with PART_OF,
// actors, places, events and statements, each kind in its own subquery. One statement instead of six because each
// statement costs Neo4j about as much fixed work as a whole batch of rows. Same rules as write/merge-article,
// merge-sentences, merge-actors, merge-places, merge-events and merge-statements (which the naive benchmark path
// still runs row by row): shared actors and places keep what their first article set, aliases are a union, and
// properties are written only when one differs, so a re-load of the same document sets nothing.
// CYPHER replan=skip: every MERGE is a unique-index seek, so the plan needs no statistics; without it Neo4j re-plans this big
// statement every ~10 s while a load grows the graph, and planning was most of its CPU (JFR samples).
// params: $articleId string (article id), $title string, $source string, $url string (or null), $publishedAt date (YYYY-MM-DD), $text string, $extractor string, $sentences string[] (maps {id, index, text, start, end}), $actors string[] (maps {id, name, kind, label, aliases}), $places string[] (maps {id, name}), $events string[] (maps {id, type, summary, date, datePrecision, status}), $statements string[] (maps {id, text, mode})
// columns: none
CYPHER replan=skip
MERGE (a:Article {id: $articleId})
  ON CREATE SET a.ingestedAt = datetime()
WITH a, {title: $title, source: $source, url: $url, publishedAt: date($publishedAt), text: $text,
  extractor: $extractor} AS props
CALL (a, props) {
  WITH * WHERE any(k IN keys(props) WHERE CASE WHEN props[k] IS NULL THEN a[k] IS NOT NULL
    ELSE coalesce(a[k] <> props[k], true) END)
  SET a += props
}
CALL (a) {
  UNWIND $sentences AS row
  MERGE (s:Sentence {id: row.id})
  WITH a, s, {index: toInteger(row.index), text: row.text, start: toInteger(row.start), end: toInteger(row.end),
    articleId: $articleId} AS props
  CALL (s, props) {
    WITH * WHERE any(k IN keys(props) WHERE coalesce(s[k] <> props[k], true))
    SET s += props
  }
  MERGE (s)-[:PART_OF]->(a)
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
}
CALL () {
  UNWIND $places AS row
  MERGE (p:Place {id: row.id})
    ON CREATE SET p.name = row.name
}
CALL () {
  UNWIND $events AS row
  MERGE (e:Event {id: row.id})
  WITH e, {type: row.type, summary: row.summary, date: date(row.date), datePrecision: row.datePrecision,
    status: row.status, articleId: $articleId} AS props
  CALL (e, props) {
    WITH * WHERE any(k IN keys(props) WHERE CASE WHEN props[k] IS NULL THEN e[k] IS NOT NULL
      ELSE coalesce(e[k] <> props[k], true) END)
    SET e += props
  }
}
CALL () {
  UNWIND $statements AS row
  MERGE (st:Statement {id: row.id})
  WITH st, {text: row.text, mode: row.mode, articleId: $articleId} AS props
  CALL (st, props) {
    WITH * WHERE any(k IN keys(props) WHERE coalesce(st[k] <> props[k], true))
    SET st += props
  }
}
