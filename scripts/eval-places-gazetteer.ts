// What the world places gazetteer (server/loader/extract/known-places.ts) does to the actors of the labelled splits,
// judged on documents made without it: how many false positives it turns into places (or into their state, for a
// seat of government), and how many true positives it would wrongly take, per population threshold. Two sets of
// documents: the current rules on every tuning split, and the rules each split was first scored with (the commits in
// scripts/first-seen.ts, run in temporary git worktrees), which
// is how unseen text looks to the extractor. F1 is counted on the actors as the eval matches them.
//
// Run: npx tsx scripts/eval-places-gazetteer.ts [--first-seen]
import { EVAL_SCRIPT, FIRST_SEEN, runAtCommit } from './first-seen.ts';
import type { GraphDocument } from '../server/loader/graph-document.ts';
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle } from '../server/loader/extract/extract-article.ts';
import { buildGazetteer, type Gazetteer } from '../server/loader/extract/gazetteer.ts';
import { readGazetteerFiles } from '../server/loader/extract/gazetteer-files.ts';
import { actorCueAt, judgeKnownPlace, knownPlaceName, type PlaceContext } from '../server/loader/extract/known-places.ts';
import { foldPlaceName, NO_WORLD_PLACES, type WorldPlaces } from '../server/loader/extract/world-places.ts';
import { matchActors, splitFiles, TUNING_SPLITS } from './eval-extraction.ts';
import { buildWorldPlaces, MIN_POPULATION } from './build-places-gazetteer.ts';

interface JudgedText { split: string; file: string; labelled: number; doc: GraphDocument; matched: string[] }

const THRESHOLDS = [1_000, 5_000, 15_000, 50_000, 200_000];

function docsNow(splits: readonly string[]): JudgedText[] {
  const files = readGazetteerFiles();
  const g = buildGazetteer({ ...files, worldPlaces: NO_WORLD_PLACES });
  return splits.flatMap((split) => splitFiles(split).map(({ file, path, labels }) => {
    const doc = extractArticle(readArticleFile(path), g);
    return { split, file, labelled: labels.actors.length, doc, matched: [...matchActors(doc, labels).matched] };
  }));
}

function docsAtCommit(commit: string, splits: string[]): JudgedText[] {
  return runAtCommit<JudgedText[]>(commit, `
import { readArticleFile } from '../server/loader/article-input.ts';
import { extractArticle } from '../server/loader/extract/extract-article.ts';
import { matchActors, splitFiles } from ${JSON.stringify(EVAL_SCRIPT)};
const out = [];
for (const split of ${JSON.stringify(splits)}) for (const { file, path, labels } of splitFiles(split)) {
  const doc = extractArticle(readArticleFile(path));
  out.push({ split, file, labelled: labels.actors.length, doc, matched: [...matchActors(doc, labels).matched] });
}
console.log(JSON.stringify(out));
`);
}

interface Tally {
  candidates: number; tp: number; fp: number; labelled: number; fpTaken: string[]; tpTaken: string[];
  // The stages of the judgement, for the collisions: the name alone is a place's; and no actor entry, capital or
  // body's head claims it; with, for a true positive, the cue that kept it.
  nameOnly: { tp: string[]; fp: number }; unclaimed: { tp: string[]; fp: number }; kept: string[];
}

// The judgement of every actor of a document, as the extractor makes it on its table (known-places-table.ts).
function judge(texts: readonly JudgedText[], g: Gazetteer, places: WorldPlaces): Map<string, Tally> {
  const bySplit = new Map<string, Tally>();
  for (const t of texts) {
    const tally = bySplit.get(t.split) ?? { candidates: 0, tp: 0, fp: 0, labelled: 0, fpTaken: [], tpTaken: [], nameOnly: { tp: [], fp: 0 }, unclaimed: { tp: [], fp: 0 }, kept: [] };
    bySplit.set(t.split, tally);
    const kindOf = new Map(t.doc.actors.map((a) => [a.id, a.kind]));
    const states = new Set(t.doc.actors.filter((a) => a.kind === 'state').map((a) => a.name));
    const bodyMentions = t.doc.mentions.filter((m) => ['organization', 'media'].includes(kindOf.get(m.actorId) ?? ''));
    const matched = new Set(t.matched);
    tally.labelled += t.labelled;
    for (const a of t.doc.actors) {
      const positive = matched.has(a.id);
      tally.candidates += 1;
      if (positive) tally.tp += 1;
      else tally.fp += 1;
      const mentions = t.doc.mentions.filter((m) => m.actorId === a.id);
      const candidate = { name: a.name, kind: a.kind, aliases: a.aliases, mentions };
      const ctx: PlaceContext = { text: t.doc.article.text, g, places, states, bodyMentions };
      if (a.kind !== 'state' && /\p{Ll}/u.test(a.name) && places.names.has(foldPlaceName(a.name))) {
        if (positive) tally.nameOnly.tp.push(a.name);
        else tally.nameOnly.fp += 1;
        if (knownPlaceName(candidate, ctx)) {
          const cue = mentions.map((m) => actorCueAt(m, ctx)).find((x) => x !== null) ?? 'none';
          if (positive) tally.unclaimed.tp.push(`${a.name} (${cue})`);
          else {
            tally.unclaimed.fp += 1;
            if (cue !== 'none') tally.kept.push(`${a.name} (${cue})`);
          }
        }
      }
      const verdict = judgeKnownPlace(candidate, ctx);
      if (!verdict) continue;
      const label = `${a.name}${'state' in verdict ? ` → ${verdict.state}` : verdict.place !== a.name ? ` (in ${verdict.place})` : ''} (${t.file.replace(/\.txt$/, '')})`;
      (positive ? tally.tpTaken : tally.fpTaken).push(label);
    }
  }
  return bySplit;
}

const f1 = (tp: number, fp: number, labelled: number) => (2 * tp) / (tp + fp + labelled);

function report(title: string, texts: readonly JudgedText[]): void {
  const files = readGazetteerFiles();
  const g = buildGazetteer(files);
  console.log(`\n${title}`);
  console.log('| min population | name only a place: true / false positives | and unclaimed: true / false | taken: false positives | taken: true positives | F1 before → after (pooled) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const threshold of THRESHOLDS) {
    const built = buildWorldPlaces(threshold);
    const places: WorldPlaces = { names: new Set([...built.names, ...built.regions]), seats: new Map(Object.entries(built.seats)) };
    const tallies = [...judge(texts, g, places).values()];
    const sum = (f: (t: Tally) => number) => tallies.reduce((n, t) => n + f(t), 0);
    const [tp, fp, labelled, fpTaken, tpTaken] = [sum((t) => t.tp), sum((t) => t.fp), sum((t) => t.labelled), sum((t) => t.fpTaken.length), sum((t) => t.tpTaken.length)];
    const stage = (f: (t: Tally) => { tp: string[]; fp: number }) => `${tallies.reduce((n, t) => n + f(t).tp.length, 0)} / ${tallies.reduce((n, t) => n + f(t).fp, 0)}`;
    console.log(`| ${threshold} | ${stage((t) => t.nameOnly)} | ${stage((t) => t.unclaimed)} | ${fpTaken} of ${fp} | ${tpTaken} of ${tp} | ${f1(tp, fp, labelled).toFixed(3)} → ${f1(tp - tpTaken, fp - fpTaken, labelled).toFixed(3)} |`);
    if (threshold === THRESHOLDS[0]) {
      console.log(`|   collisions at ${threshold}, true positives whose name alone is a place's: ${tallies.flatMap((t) => t.nameOnly.tp).join(', ')} |`);
      console.log(`|   of those unclaimed, with the cue that kept them: ${tallies.flatMap((t) => t.unclaimed.tp).join(', ')} |`);
      console.log(`|   false positives unclaimed but kept by a cue: ${tallies.flatMap((t) => t.kept).join(', ') || '—'} |`);
    }
  }
  console.log(`\nPer split at ${MIN_POPULATION}:`);
  console.log('| split | candidates | F1 before → after | false positives taken | true positives taken |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [split, t] of judge(texts, g, g.worldPlaces)) {
    const after = f1(t.tp - t.tpTaken.length, t.fp - t.fpTaken.length, t.labelled);
    console.log(`| ${split} | ${t.candidates} | ${f1(t.tp, t.fp, t.labelled).toFixed(3)} → ${after.toFixed(3)} | ${t.fpTaken.join('; ') || '—'} | ${t.tpTaken.join('; ') || '—'} |`);
  }
}

report('Current rules, every tuning split (documents made without the world places gazetteer):', docsNow(TUNING_SPLITS));
if (process.argv.includes('--first-seen')) {
  const firstSeen = FIRST_SEEN.flatMap(({ commit, splits }) => docsAtCommit(commit, splits));
  report(`First-seen rules (${FIRST_SEEN.map(({ commit, splits }) => `${splits.join('/')} ${commit}`).join(", ")}):`, firstSeen);
}
