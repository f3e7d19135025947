// How the load command turns one file into a GraphDocument: *.graph.json is read as it is (validated at ingest),
// anything else is an article text run through the extractor.
import type { GraphDocument } from './graph-document.ts';
import { isGraphDocumentFile } from './article-paths.ts';
import { readGraphDocumentFile } from './graph-document-file.ts';
import type { DocumentReader } from './load-files.ts';

export function createDocumentReader(extractArticleFile: (path: string) => Promise<GraphDocument>): DocumentReader {
  return (path) => (isGraphDocumentFile(path) ? readGraphDocumentFile(path) : extractArticleFile(path));
}
