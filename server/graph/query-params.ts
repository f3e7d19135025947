// JavaScript values → Cypher parameter values of the right type. The driver sends every JS number as a float, and
// Cypher refuses a float in LIMIT/SKIP, so integers travel as neo4j Integers; ISO dates travel as Cypher DATEs so
// they compare with the stored `date` properties.
import neo4j, { type Integer, Date as Neo4jDate } from 'neo4j-driver';

export function int(value: number): Integer {
  return neo4j.int(value);
}

export function isoDateParam(iso: string | undefined | null): Neo4jDate<number> | null {
  if (iso === undefined || iso === null) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Neo4jDate(y ?? 1970, m ?? 1, d ?? 1);
}
