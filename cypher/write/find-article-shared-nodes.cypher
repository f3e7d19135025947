// Before a re-load: the shared actors and places the article's previous extraction linked to (through its
// sentences, events and statements) that the new document no longer names. After the load, those left with no
// relationship at all are deleted, so a corrected extraction leaves no orphan behind (write/delete-orphan-shared-nodes).
// params: $articleId string (the article being loaded), $keepIds string[] (actor and place ids of the new document)
// columns: id
MATCH (:Article {id: $articleId})<-[:PART_OF]-(s:Sentence)
OPTIONAL MATCH (s)<-[:MENTIONED_IN]-(owned:Event|Statement)
WITH collect(s) + collect(owned) AS ownedNodes
UNWIND ownedNodes AS n
MATCH (n)--(shared:Actor|Place)
WHERE NOT shared.id IN $keepIds
RETURN DISTINCT shared.id AS id
