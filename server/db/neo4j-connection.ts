// Where to reach Neo4j and as whom: resolved once (from NEO4J_URI or the embedded launcher) and passed around.
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}
