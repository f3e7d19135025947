// The extract CLI as a user runs it (`npm run --silent extract -- <article.txt>`): stdout carries the GraphDocument
// JSON and nothing else, so it can be piped; a bad article exits 1 and says which file and why on stderr.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphDocumentSchema } from '../../../server/loader/graph-document.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demo = join(root, 'data/articles/dprk-threatens-offensive-action.txt');
const extract = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'extract', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  it('prints the demo article as a valid GraphDocument and only that on stdout', () => {
    const run = extract(demo);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = graphDocumentSchema.parse(JSON.parse(run.stdout));
    expect(doc.article.id).toBe('article:dprk-threatens-offensive-action');
    expect(doc.article.publishedAt).toBe('2025-11-08');
    expect(doc.actors.map((a) => a.id)).toContain('actor:noh-kwan-chol');
    expect(run.stdout.trimEnd().endsWith('}')).toBe(true);
  }, 60_000);

  it('takes the publication date from --published when given', () => {
    const run = extract(demo, '--published', '2024-01-02');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).article.publishedAt).toBe('2024-01-02');
  }, 60_000);

  it('exits 1 and names a bad file and the reason on stderr, printing nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-cli-'));
    try {
      const cases: Array<[string, string | Buffer, RegExp]> = [
        ['empty-article.txt', '', /empty-article\.txt: .*empty/],
        ['binary-article.txt', Buffer.from([0, 159, 146, 150, 0, 1, 2]), /binary-article\.txt: /],
        ['missing-article.txt', '', /missing-article\.txt: no such file/],
      ];
      for (const [name, content, reason] of cases) {
        if (!name.startsWith('missing')) writeFileSync(join(dir, name), content);
        const run = extract(join(dir, name));
        expect(run.status, name).toBe(1);
        expect(run.stdout, name).toBe('');
        expect(run.stderr, name).toMatch(reason);
      }
      writeFileSync(join(dir, 'bad-meta.txt'), 'Acme Corp. said on Tuesday it would buy Widget Ltd.');
      writeFileSync(join(dir, 'bad-meta.meta.json'), '{ "title": ');
      const run = extract(join(dir, 'bad-meta.txt'));
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/bad-meta\.txt: malformed metadata/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
