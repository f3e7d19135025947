// Every :Sentence has one stable id (see server/db/node-ids.ts): the key that MERGE finds it by on a re-load.
// params: none
// columns: none
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE
