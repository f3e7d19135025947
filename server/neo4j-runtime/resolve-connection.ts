// Where the server's Neo4j comes from: NEO4J_URI when set (a server, a cluster or Aura), else the embedded launcher.
import type { Config } from '../config.ts';
import type { Neo4jConnection } from '../db/neo4j-connection.ts';
import { startEmbeddedNeo4j } from './embedded-neo4j.ts';

export interface ResolvedNeo4j {
  connection: Neo4jConnection;
  source: 'external' | 'embedded';
  stop(): Promise<void>;
}

export async function resolveNeo4j(config: Config, log: (line: string) => void): Promise<ResolvedNeo4j> {
  if (config.NEO4J_URI) {
    return {
      connection: {
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD ?? '',
        database: config.NEO4J_DATABASE,
      },
      source: 'external',
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedNeo4j({ home: config.NEWSGRAPH_HOME, port: config.NEO4J_EMBEDDED_PORT, log });
  return { connection: embedded.connection, source: 'embedded', stop: embedded.stop };
}
