// readArticleFile: good files parse with their metadata; bad ones fail by name with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, readArticleFile } from '../../../server/loader/article-input.ts';
import { articleSlug } from '../../../server/loader/extract/extract-article.ts';

let dir = '';
const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'newsgraph-input-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticleFile', () => {
  it('reads text and metadata, and the id comes from the file name', () => {
    const path = write('Acme Buys Widgets.txt', 'Acme Corp. bought Widget Ltd.\r\nThe deal closed on Monday.');
    write('Acme Buys Widgets.meta.json', JSON.stringify({ title: 'Acme buys Widget', publishedAt: '2024-03-05', source: 'Wire', extra: 1 }));
    const input = readArticleFile(path);
    expect(input.meta).toEqual({ title: 'Acme buys Widget', publishedAt: '2024-03-05', source: 'Wire' });
    expect(input.text).toBe('Acme Corp. bought Widget Ltd.\nThe deal closed on Monday.');
    expect(articleSlug(input)).toBe('acme-buys-widgets');
  });

  it('falls back to the first line as title, and --published overrides the date', () => {
    const path = write('plain.txt', '\nHeadline here\nBody text.');
    const input = readArticleFile(path, { publishedAt: '2023-01-02' });
    expect(input.meta.title).toBe('Headline here');
    expect(input.meta.publishedAt).toBe('2023-01-02');
  });

  it.each([
    ['empty.txt', '', /is empty/],
    ['blank.txt', '  \n\t\n', /is empty/],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /not text/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), /not UTF-8/],
    ['huge.txt', 'a'.repeat(MAX_ARTICLE_BYTES + 1), /over the .* limit/],
  ])('rejects %s', (name, content, reason) => {
    const path = write(name, content);
    expect(() => readArticleFile(path)).toThrow(reason);
    expect(() => readArticleFile(path)).toThrow(new RegExp(`^${name.replace('.', '\\.')}: `));
  });

  it('rejects malformed metadata with the reason', () => {
    write('badjson.meta.json', '{ "title": ');
    expect(() => readArticleFile(write('badjson.txt', 'Some text.'))).toThrow(/malformed metadata .*not JSON/);
    write('baddate.meta.json', JSON.stringify({ title: 'T', publishedAt: '2024-02-30' }));
    expect(() => readArticleFile(write('baddate.txt', 'Some text.'))).toThrow(/malformed metadata .*publishedAt/);
    write('badurl.meta.json', JSON.stringify({ title: 'T', publishedAt: '2024-02-03', url: 'not a url' }));
    expect(() => readArticleFile(write('badurl.txt', 'Some text.'))).toThrow(/malformed metadata .*url/);
  });

  it('says when the file is missing', () => {
    expect(() => readArticleFile(join(dir, 'nope.txt'))).toThrow(/nope\.txt: no such file/);
  });
});
