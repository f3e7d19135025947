// Removes every node and relationship, keeping constraints and indexes. Tests only: the server never runs it.
// params: none
// columns: none
MATCH (n) DETACH DELETE n
