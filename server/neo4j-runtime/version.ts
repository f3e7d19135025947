// One Neo4j version everywhere: the embedded jars (neo4j/pom.xml), the local container image and docker-compose.yml.
// A unit test checks that those files agree with this constant.
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_OFFICIAL_IMAGE = `neo4j:${NEO4J_VERSION}-community`;
export const NEO4J_LOCAL_IMAGE = `localhost/newsgraph-neo4j:${NEO4J_VERSION}`;
