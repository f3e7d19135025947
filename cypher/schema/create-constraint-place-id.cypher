// Every :Place has one stable id (see server/db/node-ids.ts): the key that MERGE finds it by on a re-load.
// params: none
// columns: none
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE
