import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEO4J_VERSION } from './version.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NEO4J_POM = join(PROJECT_ROOT, 'neo4j', 'pom.xml');
export const LAUNCHER_SOURCE = join(PROJECT_ROOT, 'neo4j', 'launcher', 'Launcher.java');

/** Jars and compiled launcher are per version, so upgrading Neo4j never mixes two versions' jars. */
export function runtimeDirs(home: string) {
  const root = resolve(PROJECT_ROOT, home);
  const versioned = join(root, 'neo4j', NEO4J_VERSION);
  return {
    lib: join(versioned, 'lib'),
    classes: join(versioned, 'classes'),
    data: join(root, 'data'),
  };
}
