import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applySchema } from '../../../server/db/apply-schema.ts';
import type { Database } from '../../../server/db/database.ts';
import { DEMO_ARTICLES_DIR } from '../../../server/loader/load-demo.ts';
import { PROJECT_ROOT } from '../../../server/neo4j-runtime/runtime-paths.ts';
import { resetGraph, testDatabase } from '../../support/test-app.ts';

const DEMO = 'dprk-threatens-offensive-action';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run load -- <args>` as a user would (tsx, the real CLI), against this run's Neo4j. */
function runLoad(args: string[]): Promise<Run> {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'server/loader/load-cli.ts', ...args], { cwd: PROJECT_ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run load', () => {
  let db: Database;
  let dir: string;

  beforeAll(async () => {
    db = testDatabase();
    await applySchema(db);
    await resetGraph(db);
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
    copyFileSync(join(DEMO_ARTICLES_DIR, `${DEMO}.txt`), join(dir, `${DEMO}.txt`));
    copyFileSync(join(DEMO_ARTICLES_DIR, `${DEMO}.meta.json`), join(dir, `${DEMO}.meta.json`));
    writeFileSync(join(dir, 'bad-meta.txt'), 'The US said on Monday that talks would continue.');
    writeFileSync(join(dir, 'bad-meta.meta.json'), '{"title": "Talks", "publishedAt": "yesterday"}');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('loads the good article of a folder, names the bad one with its reason and exits 1', async () => {
    const run = await runLoad([dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'bad-meta.txt')}: malformed metadata in bad-meta.meta.json: publishedAt must be YYYY-MM-DD`);
    expect(run.stdout).toMatch(new RegExp(`[12]/2 .*${DEMO}\\.txt: \\d+ nodes and \\d+ relationships created`));
    expect(run.stdout).toMatch(/2 articles: 1 loaded \(0 unchanged\), 1 failed/);

    const { records } = await db.driver.executeQuery('MATCH (a:Article)<-[:PART_OF]-(s:Sentence) RETURN a.id AS id, count(s) AS sentences');
    expect(records.map((r) => r.get('id'))).toEqual([`article:${DEMO}`]);
    expect(Number(records[0]?.get('sentences'))).toBeGreaterThan(10);
    const created = /(\d+) nodes and (\d+) relationships created, 0 nodes/.exec(run.stdout);
    const counts = await db.driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    expect(created?.slice(1).map(Number)).toEqual([Number(counts.records[0]?.get('nodes')), Number(counts.records[0]?.get('rels'))]);
  });

  it('exits 0 and reports the article unchanged when it is loaded again', async () => {
    const run = await runLoad([join(dir, `${DEMO}.txt`)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 articles: 1 loaded \(1 unchanged\), 0 failed/);
    expect(run.stdout).toContain('0 nodes and 0 relationships created, 0 nodes and 0 relationships removed, 0 properties set');
  });

  it('exits 2 with the usage when no path is given', async () => {
    const run = await runLoad([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('name at least one article file or folder');
    expect(run.stderr).toContain('usage: npm run load');
  });
});
