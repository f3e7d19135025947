// `npm run --silent extract -- <article.txt> [--published YYYY-MM-DD]`: prints the article's GraphDocument as JSON
// on stdout (and nothing else there); errors go to stderr with exit code 1. Writes nothing to Neo4j.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readArticleFile } from './article-input.ts';
import { extractArticle } from './extract/extract-article.ts';
import { graphDocumentSchema } from './graph-document.ts';

const argsSchema = z.object({
  file: z.string().min(1, 'usage: extract <article.txt> [--published YYYY-MM-DD]'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '--published must be YYYY-MM-DD').optional(),
});

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { published: { type: 'string' } }, allowPositionals: true });
    if (positionals.length > 1) throw new Error('extract takes one article file');
    const args = argsSchema.parse({ file: positionals[0] ?? '', published: values.published });
    const input = readArticleFile(args.file, args.published ? { publishedAt: args.published } : {});
    process.stdout.write(`${JSON.stringify(graphDocumentSchema.parse(extractArticle(input)), null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues.map((i) => i.message).join('; ') : (error as Error).message;
    process.stderr.write(`extract: ${message}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
