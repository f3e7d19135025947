// The nodes with the given ids, by unique-index seeks: tells a 404 apart from an empty answer, and gives an
// expansion its centre.
// params: $ids string[] (node ids)
// columns: node
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN n
  UNION ALL MATCH (n:Event {id: id}) RETURN n
  UNION ALL MATCH (n:Statement {id: id}) RETURN n
  UNION ALL MATCH (n:Place {id: id}) RETURN n
  UNION ALL MATCH (n:Sentence {id: id}) RETURN n
  UNION ALL MATCH (n:Article {id: id}) RETURN n
}
RETURN n AS node
