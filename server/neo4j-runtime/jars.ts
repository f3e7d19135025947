// Makes the embedded Neo4j runnable: resolves the Community jars from Maven Central on first use (cached per version
// under NEWSGRAPH_HOME) and compiles the launcher once. Later starts find both and skip straight to the JVM.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { LAUNCHER_SOURCE, NEO4J_POM, runtimeDirs } from './runtime-paths.ts';
import { MissingToolError, runCommand } from './command.ts';

const OTHER_WAYS =
  'Other ways to get Neo4j: set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to a running Neo4j 5.26, ' +
  'or run `docker compose up`, which starts the official neo4j image with the app.';

export async function ensureRuntime(home: string, log: (line: string) => void = () => {}): Promise<ReturnType<typeof runtimeDirs>> {
  const dirs = runtimeDirs(home);
  await requireJava17();
  if (!hasJars(dirs.lib)) {
    log('Resolving the Neo4j jars from Maven Central (first start only)…');
    await resolveJars(dirs.lib);
  }
  // Recompiled when the source is newer than the class, so a changed launcher takes effect on machines that keep .newsgraph.
  const compiled = `${dirs.classes}/Launcher.class`;
  if (!existsSync(compiled) || statSync(LAUNCHER_SOURCE).mtimeMs > statSync(compiled).mtimeMs) {
    mkdirSync(dirs.classes, { recursive: true });
    const result = await runCommand('javac', ['-cp', `${dirs.lib}/*`, '-d', dirs.classes, LAUNCHER_SOURCE]);
    if (result.code !== 0) throw new Error(`could not compile the Neo4j launcher:\n${result.stderr}`);
  }
  return dirs;
}

function hasJars(lib: string): boolean {
  return existsSync(lib) && readdirSync(lib).some((f) => f.startsWith('neo4j-kernel-') && f.endsWith('.jar'));
}

async function requireJava17(): Promise<void> {
  let result;
  try {
    result = await runCommand('java', ['-version']);
    await runCommand('javac', ['-version']);
  } catch (error) {
    if (error instanceof MissingToolError) throw new Error(`The embedded Neo4j needs a Java 17+ JDK (java and javac). ${OTHER_WAYS}`);
    throw error;
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) throw new Error(`The embedded Neo4j needs Java 17 or newer; found ${match?.[1] ?? 'an unknown version'}. ${OTHER_WAYS}`);
}

// Maven Central sometimes answers 429 to bursts: a few spaced retries get through.
async function resolveJars(lib: string): Promise<void> {
  let lastError = '';
  for (let attempt = 1; attempt <= 4; attempt++) {
    let result;
    try {
      result = await runCommand('mvn', ['-q', '-B', '-f', NEO4J_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`]);
    } catch (error) {
      if (error instanceof MissingToolError) throw new Error(`The embedded Neo4j needs Maven (mvn) to fetch its jars once. ${OTHER_WAYS}`);
      throw error;
    }
    if (result.code === 0 && hasJars(lib)) return;
    lastError = (result.stdout + result.stderr).split('\n').filter((l) => l.includes('ERROR')).slice(0, 5).join('\n');
    rmSync(lib, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, attempt * 3_000));
  }
  throw new Error(`Maven could not resolve the Neo4j jars:\n${lastError}\n${OTHER_WAYS}`);
}
