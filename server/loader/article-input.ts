// An article as the extractor takes it: its text and a little metadata, validated with zod. readArticleFile reads
// <name>.txt and, when present, <name>.meta.json beside it, and says exactly what is wrong with a bad file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

export const MAX_ARTICLE_BYTES = 200_000; // far above any news article; keeps one bad file from stalling a load

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date');

export const articleMetaSchema = z.object({
  title: z.string().trim().min(1).max(500),
  publishedAt: isoDate,
  source: z.string().max(300).optional(),
  url: z.string().url().optional(),
  language: z.string().min(2).max(20).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleInputSchema = z.object({
  text: z
    .string()
    .refine((t) => t.trim().length > 0, 'is empty')
    .refine((t) => t.length <= MAX_ARTICLE_BYTES, `is longer than ${MAX_ARTICLE_BYTES} characters`)
    .refine((t) => !/[\u0000-\u0008\u000E-\u001F]/.test(t), 'is not plain text (control characters)'),
  meta: articleMetaSchema,
  fileName: z.string().min(1).optional(), // the article id is the slug of this (without extension), else of the title
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export class ArticleInputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleInputError';
  }
}

export interface ReadOptions {
  publishedAt?: string; // overrides the metadata (the CLI's --published)
}

export function readArticleFile(path: string, options: ReadOptions = {}): ArticleInput {
  const name = basename(path);
  const fail = (reason: string): never => { throw new ArticleInputError(name, reason); };
  if (!existsSync(path) || !statSync(path).isFile()) fail('no such file');
  const size = statSync(path).size;
  if (size === 0) fail('is empty');
  if (size > MAX_ARTICLE_BYTES) fail(`is ${size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) fail('is not text (binary content)');
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    fail('is not UTF-8 text');
  }
  const meta = readMeta(path, name, fail);
  const firstLine = text.split('\n').find((l) => l.trim().length > 0)?.trim().slice(0, 300) ?? '';
  const candidate = {
    text,
    fileName: name,
    meta: {
      title: firstLine,
      publishedAt: new Date(statSync(path).mtimeMs).toISOString().slice(0, 10), // last resort: the file's date
      ...meta,
      ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    },
  };
  const parsed = articleInputSchema.safeParse(candidate);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'text'} ${i.message}`).join('; '));
  return parsed.data as ArticleInput;
}

function readMeta(path: string, name: string, fail: (reason: string) => never): Record<string, unknown> {
  const metaPath = join(dirname(path), `${basename(path).replace(/\.[^.]+$/, '')}.meta.json`);
  if (!existsSync(metaPath)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (error) {
    fail(`malformed metadata (${basename(metaPath)} is not JSON: ${(error as Error).message})`);
  }
  const parsed = articleMetaSchema.partial().safeParse(raw);
  if (!parsed.success || typeof raw !== 'object' || raw === null) {
    const why = parsed.success ? 'not an object' : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    fail(`malformed metadata in ${basename(metaPath)}: ${why}`);
  }
  return Object.fromEntries(Object.entries(parsed.data ?? {}).filter(([, v]) => v !== undefined));
}
