// The actor filter judged on candidates as fresh text gives them. Every tuning split has been tuned on, so the current rules' candidates there hold few false positives, unlike unseen text. This script runs the rules
// each split was first scored with (a temporary git worktree per commit, the current feature code copied in), labels
// those candidates with the current eval matcher, and does leave-one-split-out over these first-seen splits: train
// on the others (threshold by their own inner leave-one-split-out), score the held-out one. F1 here is counted on
// rows (a kept true positive stays one; a dropped candidate leaves its label missed), since the old extractors
// cannot take a model. Exploratory: the filter is judged for adoption by eval-actor-filter.ts.
//
// Run: npx tsx scripts/eval-actor-filter-first-seen.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rowF1, trainModel, type TextRows } from './train-actor-filter.ts';
import { scoreOf } from '../server/loader/extract/actor-filter.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
// The rules each split was first scored with (data/eval/README.md): v3 re-run at ef1bc23 for the sixth round's
// analysis, v4 at 14ea0c7 and v5/v6 at 3c9cb2f (the rounds' "before" commits); v7 to v10 at eec06f1, whose rules are
// byte for byte those that scored v7/v8 and that v9/v10 were first scored with (the tenth round's "before").
const FIRST_SEEN: Array<{ commit: string; splits: string[] }> = [
  { commit: 'ef1bc23', splits: ['heldout-v3'] },
  { commit: '14ea0c7', splits: ['heldout-v4'] },
  { commit: '3c9cb2f', splits: ['blind-v5', 'blind-v6'] },
  { commit: 'eec06f1', splits: ['blind-v7', 'blind-v8', 'blind-v9', 'blind-v10'] },
];

function rowsAtCommit(commit: string, splits: string[]): TextRows[] {
  const dir = mkdtempSync(join(tmpdir(), `actor-filter-${commit}-`));
  execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
  try {
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    copyFileSync(join(repo, 'server/loader/extract/actor-features.ts'), join(dir, 'server/loader/extract/actor-features.ts'));
    const extractFile = join(dir, 'server/loader/extract/extract-article.ts');
    const source = readFileSync(extractFile, 'utf8');
    const assembleCall = '  const body = assemble(slug, sentences, table, events, statements);';
    if (!source.includes(assembleCall)) throw new Error(`${commit}: extract-article.ts has another shape`);
    writeFileSync(extractFile, `${source.replace(assembleCall, `  lastCandidates = { text, sentences, headline, table, statements, events };\n${assembleCall}`)}\nexport let lastCandidates: unknown;\n`);
    const runner = join(dir, 'scripts', 'first-seen-rows.ts');
    writeFileSync(runner, `
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle, lastCandidates } from '../server/loader/extract/extract-article.ts';
import { defaultGazetteer } from '../server/loader/extract/gazetteer.ts';
import { actorFeatures, type Candidates } from '../server/loader/extract/actor-features.ts';
import { actorIdOf } from '../server/loader/extract/assemble.ts';
import { matchActors, splitFiles } from ${JSON.stringify(join(repo, 'scripts/eval-extraction.ts'))};
const g = defaultGazetteer();
const out = [];
for (const split of ${JSON.stringify(splits)}) for (const { file, path, labels } of splitFiles(split)) {
  const doc = extractArticle(readArticleFile(path), g);
  const c = lastCandidates as Candidates;
  const { matched } = matchActors(doc, labels);
  const speakers = new Set(c.statements.flatMap((s) => [s.speaker, ...(s.reportedBy ? [s.reportedBy] : [])]));
  const rows = [...actorFeatures(c, g)].map(([key, features]) => ({ split, file, key, features, positive: matched.has(actorIdOf(key)), protected: speakers.has(key) }));
  out.push({ split, file, labelled: labels.actors.length, rows });
}
console.log(JSON.stringify(out));
`);
    return JSON.parse(execFileSync('npx', ['tsx', runner], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })) as TextRows[];
  } finally {
    execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

const firstSeen = FIRST_SEEN.flatMap(({ commit, splits }) => rowsAtCommit(commit, splits));
const splits = [...new Set(firstSeen.map((t) => t.split))];
const count = (ts: TextRows[]) => {
  const rows = ts.flatMap((t) => t.rows);
  return `${rows.length} candidates, ${rows.filter((r) => !r.positive).length} false`;
};
console.log(`first-seen candidates: ${count(firstSeen)}`);
console.log('| held-out split (first seen) | candidates | threshold (inner LOSO) | rules F1 | filter F1 | change |');
console.log('| --- | --- | --- | --- | --- | --- |');
// Pooled: each row's keep (1) or drop (0) by its own split's model and threshold, read at 0.5.
const pooledScores = new Map<TextRows['rows'][number], number>();
for (const held of splits) {
  const model = trainModel(firstSeen.filter((t) => t.split !== held));
  const test = firstSeen.filter((t) => t.split === held);
  const scores = new Map(test.flatMap((t) => t.rows).map((r) => [r, scoreOf(model, r.features)] as const));
  for (const [r, s] of scores) pooledScores.set(r, s >= model.threshold ? 1 : 0);
  const before = rowF1(test, scores, 0);
  const after = rowF1(test, scores, model.threshold);
  console.log(`| ${held} | ${count(test)} | ${model.threshold} | ${before.toFixed(3)} | ${after.toFixed(3)} | ${after - before >= 0 ? '+' : ''}${(after - before).toFixed(3)} |`);
}
const pooledBefore = rowF1(firstSeen, pooledScores, 0);
const pooledAfter = rowF1(firstSeen, pooledScores, 0.5);
console.log(`| pooled | ${count(firstSeen)} | | ${pooledBefore.toFixed(3)} | ${pooledAfter.toFixed(3)} | ${pooledAfter - pooledBefore >= 0 ? '+' : ''}${(pooledAfter - pooledBefore).toFixed(3)} |`);
