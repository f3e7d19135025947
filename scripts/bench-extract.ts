// Extraction speed on a synthetic corpus: 1,000 articles built from sentence templates and random names (seeded,
// so every run measures the same text). Prints articles/s and sentences/s for extractArticle (alone, and with the
// zod validation the CLI and the ingest add), and in the same run two baselines: our sentence splitter alone, and
// wink-nlp's full pipeline (sentences + tokens + POS) on the same text, the package the probe suggested.
// Prints the load average too: on a shared machine the wall-clock figures move with it. Not a test: numbers only.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../server/loader/extract/extract-article.ts';
import { splitSentences } from '../server/loader/extract/sentences.ts';
import { defaultGazetteer } from '../server/loader/extract/gazetteer.ts';
import type { ArticleInput } from '../server/loader/article-input.ts';
import { graphDocumentSchema } from '../server/loader/graph-document.ts';
import { cpus, loadavg } from 'node:os';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const FIRST = ['Anna', 'Marek', 'Lina', 'Tomas', 'Sara', 'Jonas', 'Mei', 'Omar', 'Ines', 'Pavel', 'Hana', 'Diego'];
const LAST = ['Novak', 'Keller', 'Moreau', 'Tanaka', 'Haddad', 'Silva', 'Brandt', 'Okafor', 'Rossi', 'Lindqvist'];
const STATES = ['France', 'Japan', 'Brazil', 'Kenya', 'Canada', 'India', 'Poland', 'Egypt', 'Mexico', 'Norway'];
const ORGS = ['Acme Corp.', 'Borealis Energy', 'Nordic Bank', 'Helix Technologies', 'Vega Airlines'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const TEMPLATES: Array<(p: string, q: string, s: string, t: string, o: string, m: string) => string> = [
  (p, _q, s, t) => `${s}'s foreign minister ${p} met ${t} officials on ${pick(MONTHS)} ${1 + Math.floor(rand() * 27)} for talks on trade.`,
  (p, _q, s) => `"We will not accept these tariffs," ${p} said in ${s}.`,
  (_p, _q, s, t) => `${s} condemned the missile launch by ${t}, noting that it broke a ceasefire.`,
  (_p, q, _s, _t, o) => `${o} said on Tuesday it had agreed to buy a rival for $2 billion, according to ${q}.`,
  (p, _q, s, t) => `${p}, who leads the ${s} delegation, said that ${t} is likely to hold a summit next month.`,
  (_p, _q, s, t, _o, m) => `Since ${m}, ${s} has sent 2,000 troops to ${t} for joint military exercises.`,
  (p, q) => `${q} criticised ${p} for the decision, calling it "a grave mistake".`,
  (_p, _q, s) => `Protesters marched through the capital of ${s} on Saturday.`,
];

function article(i: number): ArticleInput {
  const people = [0, 1, 2].map(() => `${pick(FIRST)} ${pick(LAST)}`);
  const lines = [`Synthetic report ${i}`];
  for (let n = 0; n < 12; n += 1) {
    const [p, q] = [pick(people), pick(people)];
    lines.push(pick(TEMPLATES)(p, q, pick(STATES), pick(STATES), pick(ORGS), pick(MONTHS)));
  }
  return { text: lines.join('\n'), meta: { title: `Synthetic report ${i}`, publishedAt: '2025-06-30' }, fileName: `synthetic-${i}.txt` };
}

// Wall-clock rate, and the rate per CPU-second of this process (user + system, all its threads): on a shared
// machine the wall clock also counts the time other processes held the cores; the CPU figure does not.
function time(label: string, corpus: ArticleInput[], sentences: number, work: (a: ArticleInput) => unknown): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of corpus) work(a);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = corpus.length / seconds;
  console.log(`${label.padEnd(48)} ${rate.toFixed(0).padStart(7)} articles/s ${(sentences / seconds).toFixed(0).padStart(9)} sentences/s `
    + `(${seconds.toFixed(2)} s wall; ${(corpus.length / cpuSeconds).toFixed(0)} articles per CPU-second)`);
  return rate;
}

const corpus = Array.from({ length: ARTICLES }, (_, i) => article(i));
const sentences = corpus.reduce((n, a) => n + splitSentences(a.text).length, 0);
defaultGazetteer(); // load once, as a long-running loader does
const nlp = winkNLP(model);
// Warm-up: one untimed pass. The JIT needs a thousand-odd articles before the rules run at their steady speed (the
// rate per CPU-second still rose by half between the 300th and the 2,000th article); a long-running loader or
// server is past that after its first minute.
for (const a of corpus) { extractArticle(a); nlp.readDoc(a.text); }
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`corpus: ${ARTICLES} articles, ${sentences} sentences, ${corpus.reduce((n, a) => n + a.text.length, 0)} characters; `
  + `${cpus().length} cores, load average ${load}`);
time('baseline: our sentence splitter alone', corpus, sentences, (a) => splitSentences(a.text));
time('baseline: wink-nlp sentences + tokens + POS', corpus, sentences, (a) => nlp.readDoc(a.text).sentences().out());
const rate = time('extractArticle (GraphDocument, typed)', corpus, sentences, (a) => extractArticle(a));
// What the extract CLI and the ingest do: extraction, then one zod validation of the document.
time('extractArticle + zod validation (CLI, ingest)', corpus, sentences, (a) => graphDocumentSchema.parse(extractArticle(a)));
console.log(`target >= 200 articles/s: ${rate >= 200 ? 'met' : 'NOT met'} (load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
