// Every :Actor has one stable id (see server/db/node-ids.ts): the key that MERGE finds it by on a re-load.
// params: none
// columns: none
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE
