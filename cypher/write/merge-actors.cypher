// Actors are shared across articles: MERGE on id. Name, kind and the kind label (:Person, :State, …) are set when
// the actor is created (first article wins, so loading articles in any order never flips a kind); aliases are the
// union over articles, with aliasText (space-joined) for the full-text index, written only when an alias is new.
// params: $rows string[] (a list of maps {id, name, kind, label, aliases})
// columns: none
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a:$(row.label), a.name = row.name, a.kind = row.kind, a.aliases = [], a.aliasText = ''
WITH a, [x IN row.aliases WHERE NOT x IN a.aliases] AS added
CALL (a, added) {
  WITH * WHERE size(added) > 0
  WITH a, a.aliases + added AS aliases
  SET a.aliases = aliases, a.aliasText = reduce(t = '', x IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' ' END + x)
}
