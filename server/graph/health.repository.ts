import type { Database } from '../db/database.ts';
import { integerToJson } from '../db/to-json.ts';
import type { Integer } from 'neo4j-driver';

export interface Health {
  status: 'ok';
  neo4j: { version: string; edition: string; uri: string };
  counts: { nodes: number | string; relationships: number | string };
}

export async function getHealth(db: Database): Promise<Health> {
  const [components, counts] = await Promise.all([
    db.read<{ name: string; version: string; edition: string }>('read/get-server-components'),
    db.read<{ nodes: Integer; relationships: Integer }>('read/count-graph'),
  ]);
  const kernel = components.records.find((r) => r.get('name') === 'Neo4j Kernel') ?? components.records[0];
  const count = counts.records[0];
  return {
    status: 'ok',
    neo4j: {
      version: kernel?.get('version') ?? 'unknown',
      edition: kernel?.get('edition') ?? 'unknown',
      uri: redactUri(db.connection.uri),
    },
    counts: {
      nodes: count ? integerToJson(count.get('nodes')) : 0,
      relationships: count ? integerToJson(count.get('relationships')) : 0,
    },
  };
}

/** Credentials never leave the server, even if someone put them in the URI. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}
