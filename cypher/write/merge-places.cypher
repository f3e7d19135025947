// Places are shared across articles: MERGE on id, name set when the place is created.
// params: $rows string[] (a list of maps {id, name})
// columns: none
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name
