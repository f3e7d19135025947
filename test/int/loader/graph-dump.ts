// A full, ordered dump of the graph (every node with labels and properties, every relationship with its ends and
// properties) as plain JSON, so two states of the database compare with one toEqual. Test-only Cypher.
import type { Database } from '../../../server/db/database.ts';
import { propertiesToJson } from '../../../server/db/to-json.ts';

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

export async function dumpGraph(db: Database, options: { without?: string[] } = {}): Promise<GraphDump> {
  const without = new Set(options.without ?? []);
  const strip = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).filter(([k]) => !without.has(k)).sort(([a], [b]) => a.localeCompare(b)));
  const nodes = await db.driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.records
      .map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), strip(propertiesToJson(r.get('props') as Record<string, unknown>))]))
      .sort(),
    relationships: rels.records
      .map((r) => JSON.stringify([r.get('from'), r.get('type'), r.get('to'), strip(propertiesToJson(r.get('props') as Record<string, unknown>))]))
      .sort(),
  };
}
