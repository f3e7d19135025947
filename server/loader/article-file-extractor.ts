// An article file (*.txt with its optional .meta.json) to a GraphDocument: the extractor's reader and rules.
import { readArticleFile } from './article-input.ts';
import { extractArticle } from './extract/extract-article.ts';
import type { GraphDocument } from './graph-document.ts';

export async function extractArticleFile(path: string): Promise<GraphDocument> {
  return extractArticle(readArticleFile(path));
}
