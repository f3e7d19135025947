// Vitest global setup: one Neo4j for the whole run, shared with every test file through provide/inject.
import type { TestProject } from 'vitest/node';
import { startTestNeo4j, type TestNeo4j } from './neo4j-for-tests.ts';
import type { Neo4jConnection } from '../server/db/neo4j-connection.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

let neo4j: TestNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  // A run of the unit project alone needs no database: skip the start-up cost.
  const needsNeo4j = project.vitest.projects.some((p) => p.name !== 'unit');
  if (!needsNeo4j) return;
  neo4j ??= await startTestNeo4j();
  console.log(`[test] Neo4j for this run: ${neo4j.description} at ${neo4j.connection.uri}`);
  project.provide('neo4j', neo4j.connection);
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  neo4j = undefined;
}
