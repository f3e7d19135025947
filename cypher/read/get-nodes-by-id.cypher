// Which of the given node ids exist, by unique-index seeks: tells a 404 apart from an empty answer.
// params: $ids string[] (node ids)
// columns: id
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN n
  UNION ALL MATCH (n:Event {id: id}) RETURN n
  UNION ALL MATCH (n:Statement {id: id}) RETURN n
  UNION ALL MATCH (n:Place {id: id}) RETURN n
  UNION ALL MATCH (n:Sentence {id: id}) RETURN n
  UNION ALL MATCH (n:Article {id: id}) RETURN n
}
RETURN n.id AS id
