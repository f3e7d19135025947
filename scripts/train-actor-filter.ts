// Trains the learned keep/drop filter over candidate actors (server/loader/extract/actor-filter.ts); with --write it
// goes to data/model/actor-filter.json. Deterministic: the same texts and labels give the same file, byte for byte.
//
// Rows: every actor the rules emit on a labelled text (the extractor without the filter), with its features
// (actor-features.ts) and, as its label, whether the eval's own matcher (eval-extraction.ts) counts it a true
// positive. Model: L2-regularised logistic regression fitted by Newton's method (a few dozen features, ~1,800 rows:
// exact and fast, no dependency, no random start). Threshold: chosen by leave-one-split-out over the training splits
// (each split's candidates scored by a model trained on the others), as the one that maximises the F1 those
// out-of-fold scores give; never by the in-sample scores. Splits come from the eval's explicit TUNING_SPLITS list, so a
// new folder is never picked up silently.
//
// Run: npx tsx scripts/train-actor-filter.ts [--write | --check]   (--write: write the model file; --check: exit 1 if
// the file on disk differs from what the script produces)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle, extractCandidates } from '../server/loader/extract/extract-article.ts';
import { actorFeatures, FEATURE_NAMES } from '../server/loader/extract/actor-features.ts';
import { actorIdOf } from '../server/loader/extract/assemble.ts';
import { defaultGazetteer } from '../server/loader/extract/gazetteer.ts';
import type { ActorFilterModel } from '../server/loader/extract/actor-filter.ts';
import { matchActors, splitFiles, TUNING_SPLITS } from './eval-extraction.ts';

export const MODEL_PATH = fileURLToPath(new URL('../data/model/actor-filter.json', import.meta.url));
const L2 = 1; // ridge penalty on the weights (not the bias); 1 keeps the rare one-hot features from running off
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100); // 0.05 … 0.95

export interface Row { split: string; file: string; key: string; features: number[]; positive: boolean; protected: boolean }
export interface TextRows { split: string; file: string; labelled: number; rows: Row[] }

/** One entry per labelled text of the splits: its candidate actors as rows, and how many actors its labels list. */
export function candidateRows(splits: readonly string[]): TextRows[] {
  const g = defaultGazetteer();
  const out: TextRows[] = [];
  for (const split of splits) {
    for (const { file, path, labels } of splitFiles(split)) {
      const input = readArticleFile(path);
      const { matched } = matchActors(extractArticle(input, g, { actorFilter: null }), labels);
      const c = extractCandidates(input, g);
      const speakers = new Set(c.statements.flatMap((s) => [s.speaker, ...(s.reportedBy ? [s.reportedBy] : [])]));
      const rows = [...actorFeatures(c, g)].map(([key, features]) => ({
        split, file, key, features, positive: matched.has(actorIdOf(key)), protected: speakers.has(key),
      }));
      out.push({ split, file, labelled: labels.actors.length, rows });
    }
  }
  return out;
}

/** L2-regularised logistic regression by Newton's method: weights per feature and a bias. */
export function fitLogistic(rows: readonly Row[], l2 = L2, iterations = 25): { weights: number[]; bias: number } {
  const d = FEATURE_NAMES.length + 1; // the bias is the last coordinate
  const w = new Array<number>(d).fill(0);
  const xOf = (r: Row) => [...r.features, 1];
  const xs = rows.map(xOf);
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((r, n) => {
      const x = xs[n] as number[];
      const p = sigmoid(dot(w, x));
      const err = p - (r.positive ? 1 : 0);
      const s = p * (1 - p);
      for (let i = 0; i < d; i += 1) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        grad[i] = (grad[i] as number) + err * xi;
        const hi = hess[i] as number[];
        for (let j = 0; j < d; j += 1) hi[j] = (hi[j] as number) + s * xi * (x[j] as number);
      }
    });
    for (let i = 0; i < d - 1; i += 1) {
      grad[i] = (grad[i] as number) + l2 * (w[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + l2;
    }
    (hess[d - 1] as number[])[d - 1] = ((hess[d - 1] as number[])[d - 1] as number) + 1e-6;
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i += 1) {
      w[i] = (w[i] as number) - (step[i] as number);
      change = Math.max(change, Math.abs(step[i] as number));
    }
    if (change < 1e-10) break;
  }
  return { weights: w.slice(0, d - 1), bias: w[d - 1] as number };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

// Gaussian elimination with partial pivoting (the Hessian is symmetric positive definite with the ridge term).
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] as number]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = col + 1; r < n; r += 1) {
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      if (f === 0) continue;
      for (let c = col; c <= n; c += 1) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = a[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c += 1) s -= (row[c] as number) * (x[c] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}

/** The actor F1 the filter would give at this threshold, counted on rows (a kept positive row is a true positive). */
export function rowF1(texts: readonly TextRows[], scores: ReadonlyMap<Row, number>, threshold: number): number {
  let tp = 0;
  let fp = 0;
  let labelled = 0;
  for (const t of texts) {
    labelled += t.labelled;
    for (const r of t.rows) {
      if (!r.protected && (scores.get(r) ?? 1) < threshold) continue;
      if (r.positive) tp += 1;
      else fp += 1;
    }
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (labelled - tp));
}

/** Each split's rows scored by a model trained on the other splits' rows. */
export function outOfFoldScores(texts: readonly TextRows[]): Map<Row, number> {
  const scores = new Map<Row, number>();
  const splits = [...new Set(texts.map((t) => t.split))];
  for (const held of splits) {
    const fit = fitLogistic(texts.filter((t) => t.split !== held).flatMap((t) => t.rows));
    for (const r of texts.filter((t) => t.split === held).flatMap((t) => t.rows)) scores.set(r, sigmoid(fit.bias + dot(fit.weights, r.features)));
  }
  return scores;
}

/** The threshold with the best out-of-fold F1 (the lowest one on a tie: dropping less is the safer side). */
export function chooseThreshold(texts: readonly TextRows[]): { threshold: number; f1: number; noFilterF1: number } {
  const scores = outOfFoldScores(texts);
  let best = { threshold: 0, f1: rowF1(texts, scores, 0) };
  const noFilterF1 = best.f1;
  for (const t of THRESHOLDS) {
    const f1 = rowF1(texts, scores, t);
    if (f1 > best.f1 + 1e-12) best = { threshold: t, f1 };
  }
  return { ...best, noFilterF1 };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The model trained on these texts, its threshold chosen by leave-one-split-out among them. */
export function trainModel(texts: readonly TextRows[]): ActorFilterModel {
  const { threshold } = chooseThreshold(texts);
  const fit = fitLogistic(texts.flatMap((t) => t.rows));
  return {
    description: 'Keep/drop filter over candidate actors: logistic regression, see scripts/train-actor-filter.ts',
    features: [...FEATURE_NAMES],
    weights: fit.weights.map(round),
    bias: round(fit.bias),
    threshold,
    trainedOn: [...new Set(texts.map((t) => t.split))],
  };
}

export const modelJson = (model: ActorFilterModel) => `${JSON.stringify(model, null, 2)}\n`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const texts = candidateRows(TUNING_SPLITS);
  const rows = texts.flatMap((t) => t.rows);
  const chosen = chooseThreshold(texts);
  const model = trainModel(texts);
  const json = modelJson(model);
  console.log(`${rows.length} candidates from ${texts.length} texts (${rows.filter((r) => !r.positive).length} false positives, `
    + `${rows.filter((r) => !r.positive && r.protected).length} of them speakers the filter never drops); `
    + `threshold ${chosen.threshold} by leave-one-split-out (row F1 ${chosen.noFilterF1.toFixed(3)} -> ${chosen.f1.toFixed(3)})`);
  const ranked = model.features.map((name, i) => ({ name, w: model.weights[i] as number })).sort((a, b) => a.w - b.w || a.name.localeCompare(b.name));
  console.log(`most against: ${ranked.slice(0, 8).map((x) => `${x.name} ${x.w.toFixed(2)}`).join(', ')}`);
  console.log(`most for: ${ranked.slice(-8).reverse().map((x) => `${x.name} ${x.w.toFixed(2)}`).join(', ')}`);
  // The extractor does not load the model (see actor-filter.ts): it is written only when asked, for the day it is adopted.
  if (process.argv.includes('--check')) {
    const same = readFileSync(MODEL_PATH, 'utf8') === json;
    console.log(same ? 'data/model/actor-filter.json is what this script produces' : 'data/model/actor-filter.json differs: re-run with --write');
    process.exit(same ? 0 : 1);
  }
  if (process.argv.includes('--write')) {
    mkdirSync(fileURLToPath(new URL('../data/model/', import.meta.url)), { recursive: true });
    writeFileSync(MODEL_PATH, json);
    console.log('wrote data/model/actor-filter.json');
  }
}
