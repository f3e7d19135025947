// Scores the extractor on the labelled set in data/eval (see its README): actor precision/recall/F1 (name + kind),
// quote-speaker accuracy and event-date accuracy, per split and all splits together. `--split=a,b` scores only the
// named splits. `--verbose` lists every miss. Imported (by
// scripts/train-actor-filter.ts and eval-actor-filter.ts) it runs nothing: they reuse its matcher and scorer.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_TYPES, type GraphDocument } from '../server/loader/graph-document.ts';
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle } from '../server/loader/extract/extract-article.ts';

export const labelsSchema = z.object({
  actors: z.array(z.object({ name: z.string(), kind: z.enum(ACTOR_KINDS), aliases: z.array(z.string()).default([]) })),
  statements: z.array(z.object({ sentence: z.string(), speaker: z.string() })),
  events: z.array(z.object({ sentence: z.string(), type: z.enum(EVENT_TYPES), date: z.string().nullable() })),
});
export type Labels = z.infer<typeof labelsSchema>;

export const EVAL_ROOT = fileURLToPath(new URL('../data/eval/', import.meta.url));
const root = EVAL_ROOT;
const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const verbose = runAsScript && process.argv.includes('--verbose');
// Splits the rules may be tuned on. A blind held-out folder (the next ones: blind-v25, blind-v26, …) is scored only when named with --split,
// so a plain run never shows its numbers to whoever is tuning. A blind split joins this list once it has been scored.
export const TUNING_SPLITS = ['tune', 'heldout', 'heldout-v2', 'heldout-v3', 'heldout-v4', 'blind-v5', 'blind-v6', 'blind-v7', 'blind-v8', 'blind-v9', 'blind-v10', 'blind-v11', 'blind-v12', 'blind-v13', 'blind-v14', 'blind-v15', 'blind-v16', 'blind-v17', 'blind-v18', 'blind-v19', 'blind-v20', 'blind-v21', 'blind-v22', 'blind-v23', 'blind-v24'];
const norm = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/\s+/g, ' ').trim();

export interface Score { tp: number; fp: number; fn: number; speakers: number; speakersRight: number; extraStatements: number; statements: number; events: number; eventsRight: number }

/** The eval's actor matcher: the ids of the predicted actors it counts as true positives, and the labels it misses. */
export function matchActors(doc: GraphDocument, labels: Labels): { matched: Set<string>; missed: Array<{ label: Labels['actors'][number]; foundAs?: string }> } {
  const predicted = doc.actors.map((a) => ({ ...a, names: namesOf(a) }));
  const matchOf = (label: Labels['actors'][number]) => {
    const want = namesOf(label);
    return predicted.find((p) => [...p.names].some((n) => want.has(n)));
  };
  const matched = new Set<string>();
  const missed: Array<{ label: Labels['actors'][number]; foundAs?: string }> = [];
  for (const label of labels.actors) {
    const p = matchOf(label);
    if (p && p.kind === label.kind) matched.add(p.id);
    else missed.push(p ? { label, foundAs: p.kind } : { label });
  }
  return { matched, missed };
}

const namesOf = (a: { name: string; aliases: string[] }) => new Set([a.name, ...a.aliases].map(norm));

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0, speakers: 0, speakersRight: 0, extraStatements: 0, statements: 0, events: 0, eventsRight: 0 });

export function scoreArticle(doc: GraphDocument, labels: Labels, name: string, score: Score): void {
  const predicted = doc.actors.map((a) => ({ ...a, names: namesOf(a) }));
  const { matched, missed } = matchActors(doc, labels);
  score.tp += labels.actors.length - missed.length;
  score.fn += missed.length;
  if (verbose) for (const { label, foundAs } of missed) console.log(`  ${name}: missed actor ${label.name} (${label.kind})${foundAs ? ` — found as ${foundAs}` : ''}`);
  for (const p of predicted) if (!matched.has(p.id)) {
    score.fp += 1;
    if (verbose) console.log(`  ${name}: spurious actor ${p.name} (${p.kind})`);
  }
  const sentenceWith = (snippet: string) => doc.sentences.find((s) => s.text.includes(snippet))?.id;
  const labelledSentences = new Set<string>();
  for (const st of labels.statements) {
    score.speakers += 1;
    const sid = sentenceWith(st.sentence);
    if (sid) labelledSentences.add(sid);
    const speakerLabel = labels.actors.find((a) => a.name === st.speaker);
    const speakers = doc.statements.filter((s) => sid && s.sentenceIds.includes(sid)).map((s) => predicted.find((p) => p.id === s.speakerId));
    const right = speakerLabel !== undefined && speakers.some((p) => p && [...p.names].some((n) => namesOf(speakerLabel).has(n)));
    if (right) score.speakersRight += 1;
    else if (verbose) console.log(`  ${name}: speaker of "${st.sentence}" should be ${st.speaker}, got ${speakers.map((p) => p?.name ?? '?').join(', ') || 'no statement'}`);
  }
  score.statements += doc.statements.length;
  for (const s of doc.statements) if (!s.sentenceIds.some((id) => labelledSentences.has(id))) {
    score.extraStatements += 1;
    if (verbose) console.log(`  ${name}: unlabelled statement "${s.text.slice(0, 60)}"`);
  }
  for (const ev of labels.events) {
    score.events += 1;
    const sid = sentenceWith(ev.sentence);
    const found = doc.events.filter((e) => e.type === ev.type && sid && e.sentenceIds.includes(sid));
    if (found.some((e) => e.date === ev.date)) score.eventsRight += 1;
    else if (verbose) console.log(`  ${name}: event ${ev.type} "${ev.sentence}" should be dated ${ev.date}, got ${found.map((e) => e.date).join(', ') || 'no such event'}`);
  }
}

/** Precision, recall and F1 of the actors, and the summary line the script prints for a split. */
export function summaryOf(split: string, articles: number, score: Score): { precision: number; recall: number; f1: number; line: string } {
  const precision = score.tp / (score.tp + score.fp);
  const recall = score.tp / (score.tp + score.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const line = `${split.padEnd(10)} ${articles} articles | actors P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)} `
    + `| quote speakers ${score.speakersRight}/${score.speakers} = ${pct(score.speakersRight / score.speakers)} `
    + `(unlabelled statements ${score.extraStatements}/${score.statements}) `
    + `| event dates ${score.eventsRight}/${score.events} = ${pct(score.eventsRight / score.events)}`;
  return { precision, recall, f1, line };
}

/** The labelled texts of one split, by file name, in name order. */
export function splitFiles(split: string): Array<{ file: string; path: string; labels: Labels }> {
  return readdirSync(`${root}${split}`).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    file, path: `${root}${split}/${file}`,
    labels: labelsSchema.parse(JSON.parse(readFileSync(`${root}${split}/${file.replace(/\.txt$/, '.labels.json')}`, 'utf8'))),
  }));
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
/** Adds one split's counts into a running total. */
export function addScore(total: Score, score: Score): void {
  for (const key of Object.keys(total) as Array<keyof Score>) total[key] += score[key];
}

if (runAsScript) {
  // --split=a,b scores several named splits and then all of them as one ("together": a blind pair is judged pooled).
  const only = process.argv.find((a) => a.startsWith('--split='))?.slice('--split='.length).split(',');
  const splits = only ?? TUNING_SPLITS;
  const together = emptyScore();
  let articles = 0;
  for (const split of splits) {
    const score = emptyScore();
    const files = splitFiles(split);
    for (const { file, path, labels } of files) scoreArticle(extractArticle(readArticleFile(path)), labels, file, score);
    console.log(summaryOf(split, files.length, score).line);
    addScore(together, score);
    articles += files.length;
  }
  if (splits.length > 1) console.log(summaryOf('together', articles, together).line);
}
