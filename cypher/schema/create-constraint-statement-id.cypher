// Every :Statement has one stable id (see server/db/node-ids.ts): the key that MERGE finds it by on a re-load.
// params: none
// columns: none
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE
