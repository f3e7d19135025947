import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ArticleInputError } from '../../../server/loader/article-input.ts';
import { failureReason } from '../../../server/loader/failure-reason.ts';
import type { IngestSummary } from '../../../server/loader/ingest.ts';
import type { LoadProgress } from '../../../server/loader/load-files.ts';
import { createProgressReporter, formatArticleLine, formatSummary } from '../../../server/loader/load-report-format.ts';
import { emptyCounters } from '../../../server/loader/write-counters.ts';

const summary = (over: Partial<IngestSummary> = {}): IngestSummary => ({
  ...emptyCounters(), articleId: 'article:a', elements: 100, changed: true, nodesCreated: 30, relationshipsCreated: 70, ...over,
});
const progress = (done: number, total: number, result: LoadProgress['result'] = summary()): LoadProgress => ({ done, total, path: `a${done}.txt`, result });

describe('formatArticleLine', () => {
  it('says what an article created, that it was unchanged, or why it failed', () => {
    expect(formatArticleLine(progress(1, 3))).toBe('1/3 a1.txt: 30 nodes and 70 relationships created');
    expect(formatArticleLine(progress(1, 3, summary({ nodesDeleted: 2, relationshipsDeleted: 5 })))).toBe(
      '1/3 a1.txt: 30 nodes and 70 relationships created, 2 nodes and 5 relationships removed',
    );
    expect(formatArticleLine(progress(2, 3, summary({ changed: false, elements: 1234 })))).toBe('2/3 a2.txt: unchanged (1,234 elements already in place)');
    expect(formatArticleLine(progress(3, 3, { path: 'a3.txt', reason: 'is empty' }))).toBe('FAILED 3/3 a3.txt: is empty');
  });
});

describe('createProgressReporter', () => {
  it('prints every article on a short run, failures apart', () => {
    const lines: string[] = [];
    const failures: string[] = [];
    const report = createProgressReporter((l) => lines.push(l), (l) => failures.push(l));
    report(progress(1, 2));
    report(progress(2, 2, { path: 'a2.txt', reason: 'is empty' }));
    expect(lines).toEqual(['1/2 a1.txt: 30 nodes and 70 relationships created']);
    expect(failures).toEqual(['FAILED 2/2 a2.txt: is empty']);
  });

  it('on a long run prints failures, a progress line every two seconds and the last one', () => {
    const lines: string[] = [];
    let now = 0;
    const report = createProgressReporter((l) => lines.push(l), (l) => lines.push(l), () => now);
    for (let done = 1; done <= 100; done++) {
      now = done * 100; // 100 ms an article
      report(progress(done, 100, done === 50 ? { path: 'a50.txt', reason: 'is empty' } : summary()));
    }
    expect(lines).toContain('FAILED 50/100 a50.txt: is empty');
    const progressLines = lines.filter((l) => !l.startsWith('FAILED'));
    expect(progressLines).toHaveLength(5); // at 2 s, 4 s, 6 s, 8 s and the last article (10 s)
    expect(progressLines[0]).toBe('20/100 articles (20%), 2,000 elements, 1,000 elements/s');
    expect(progressLines[4]).toBe('100/100 articles (100%), 9,900 elements, 990 elements/s');
  });
});

describe('formatSummary', () => {
  it('sums up the run and lists each failure', () => {
    const lines = formatSummary({
      ...emptyCounters(), articles: 3, loaded: 2, unchanged: 1, elements: 200, elapsedMs: 1530,
      nodesCreated: 30, relationshipsCreated: 70, propertiesSet: 250, failed: [{ path: 'b.txt', reason: 'is empty' }],
    });
    expect(lines).toEqual([
      '3 articles: 2 loaded (1 unchanged), 1 failed, in 1.5 s',
      '30 nodes and 70 relationships created, 0 nodes and 0 relationships removed, 250 properties set',
      'failed: b.txt: is empty',
    ]);
  });
});

describe('failureReason', () => {
  it('lists where a document is invalid, the reader\'s reason, or an error\'s first line', () => {
    const zod = new ZodError([
      { code: 'custom', path: ['events', 0, 'id'], message: 'bad id', input: null },
      { code: 'custom', path: [], message: 'whole thing', input: null },
    ]);
    expect(failureReason(zod)).toBe('invalid: events.0.id: bad id; whole thing');
    expect(failureReason(new ArticleInputError('x.txt', 'is empty'))).toBe('is empty');
    expect(failureReason(new Error('boom\n    at stack'))).toBe('boom');
  });
});
