// Benchmark only (scripts/bench-api.ts): a batch of synthetic articles with their sentences, shaped as the loader
// writes them. Never run by the server.
// params: $rows string[] (in fact a list of maps, the header has no map type: {id, title, publishedAt, sentences: [{id, index, text, start, end}]})
// columns: none
UNWIND $rows AS row
CREATE (a:Article {id: row.id, title: row.title, source: 'Bench Wire', url: null, publishedAt: date(row.publishedAt),
  text: row.text, ingestedAt: datetime(), extractor: 'bench'})
WITH a, row
UNWIND row.sentences AS s
CREATE (:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end, articleId: row.id})-[:PART_OF]->(a)
