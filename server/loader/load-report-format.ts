// What the load command prints: one line per article on short runs, a progress line every few seconds on long ones
// (failures always, by name, with the reason), and a closing summary. Pure text functions.
import type { IngestSummary } from './ingest.ts';
import type { LoadFailure, LoadProgress, LoadReport } from './load-files.ts';

export const PER_ARTICLE_LINES_UP_TO = 20;
export const PROGRESS_EVERY_MS = 2_000;

const n = (value: number) => value.toLocaleString('en-US');
const isFailure = (r: IngestSummary | LoadFailure): r is LoadFailure => 'reason' in r;

export function formatArticleLine(p: LoadProgress): string {
  const at = `${p.done}/${p.total}`;
  if (isFailure(p.result)) return `FAILED ${at} ${p.path}: ${p.result.reason}`;
  const r = p.result;
  if (!r.changed) return `${at} ${p.path}: unchanged (${n(r.elements)} elements already in place)`;
  return `${at} ${p.path}: ${n(r.nodesCreated)} nodes and ${n(r.relationshipsCreated)} relationships created` +
    (r.nodesDeleted + r.relationshipsDeleted > 0 ? `, ${n(r.nodesDeleted)} nodes and ${n(r.relationshipsDeleted)} relationships removed` : '');
}

export function formatProgressLine(p: LoadProgress, elementsSoFar: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? Math.round((elementsSoFar * 1000) / elapsedMs) : 0;
  return `${p.done}/${p.total} articles (${Math.floor((100 * p.done) / p.total)}%), ${n(elementsSoFar)} elements, ${n(rate)} elements/s`;
}

/**
 * Decides what to print after each article: every article on short runs; on long runs failures and a progress line
 * at most every PROGRESS_EVERY_MS (and always for the last article). `now` is injected so the decision is testable.
 */
export function createProgressReporter(
  print: (line: string) => void,
  printFailure: (line: string) => void = print,
  now: () => number = () => performance.now(),
) {
  const startedAt = now();
  let lastPrint = startedAt;
  let elements = 0;
  return (p: LoadProgress): void => {
    if (!isFailure(p.result)) elements += p.result.elements;
    if (isFailure(p.result)) printFailure(formatArticleLine(p));
    else if (p.total <= PER_ARTICLE_LINES_UP_TO) print(formatArticleLine(p));
    if (p.total <= PER_ARTICLE_LINES_UP_TO) return;
    const t = now();
    if (t - lastPrint >= PROGRESS_EVERY_MS || p.done === p.total) {
      lastPrint = t;
      print(formatProgressLine(p, elements, t - startedAt));
    }
  };
}

export function formatSummary(r: LoadReport): string[] {
  const seconds = (r.elapsedMs / 1000).toFixed(1);
  const lines = [
    `${n(r.articles)} articles: ` +
      `${n(r.loaded)} loaded (${n(r.unchanged)} unchanged), ${n(r.failed.length)} failed, in ${seconds} s`,
    `${n(r.nodesCreated)} nodes and ${n(r.relationshipsCreated)} relationships created, ` +
      `${n(r.nodesDeleted)} nodes and ${n(r.relationshipsDeleted)} relationships removed, ${n(r.propertiesSet)} properties set`,
  ];
  for (const f of r.failed) lines.push(`failed: ${f.path}: ${f.reason}`);
  return lines;
}
