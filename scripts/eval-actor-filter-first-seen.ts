// The actor filter judged on candidates as fresh text gives them. Every tuning split has been tuned on, so the current
// rules' candidates there hold few false positives, unlike unseen text. This script runs the rules each split was
// first scored with (scripts/first-seen.ts: a temporary git worktree per commit, the current feature code copied in),
// labels those candidates with the current eval matcher, and does leave-one-split-out over these first-seen splits:
// train on the others (threshold by their own inner leave-one-split-out), score the held-out one. F1 here is counted
// on rows (a kept true positive stays one; a dropped candidate leaves its label missed), since the old extractors
// cannot take a model. Exploratory: the filter is judged for adoption by eval-actor-filter.ts.
//
// Run: npx tsx scripts/eval-actor-filter-first-seen.ts
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_SCRIPT, FIRST_SEEN, REPO_ROOT, runAtCommit } from './first-seen.ts';
import { rowF1, trainModel, type TextRows } from './train-actor-filter.ts';
import { scoreOf } from '../server/loader/extract/actor-filter.ts';

function rowsAtCommit(commit: string, splits: string[]): TextRows[] {
  // The old extractor is made to keep its candidates (its table, statements and events) for the current features.
  const expose = (dir: string) => {
    copyFileSync(join(REPO_ROOT, 'server/loader/extract/actor-features.ts'), join(dir, 'server/loader/extract/actor-features.ts'));
    const extractFile = join(dir, 'server/loader/extract/extract-article.ts');
    const source = readFileSync(extractFile, 'utf8');
    const assembleCall = '  const body = assemble(slug, sentences, table, events, statements);';
    if (!source.includes(assembleCall)) throw new Error(`${commit}: extract-article.ts has another shape`);
    writeFileSync(extractFile, `${source.replace(assembleCall, `  lastCandidates = { text, sentences, headline, table, statements, events };\n${assembleCall}`)}\nexport let lastCandidates: unknown;\n`);
  };
  return runAtCommit<TextRows[]>(commit, `
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle, lastCandidates } from '../server/loader/extract/extract-article.ts';
import { defaultGazetteer } from '../server/loader/extract/gazetteer.ts';
import { actorFeatures, type Candidates } from '../server/loader/extract/actor-features.ts';
import { actorIdOf } from '../server/loader/extract/assemble.ts';
import { matchActors, splitFiles } from ${JSON.stringify(EVAL_SCRIPT)};
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
`, expose);
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
