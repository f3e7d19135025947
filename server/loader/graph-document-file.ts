// Reads a pre-extracted GraphDocument (*.graph.json, e.g. the saved output of `npm run extract`). The content is
// validated by the ingest itself; here only the file: present, not too large, JSON.
import { readFile, stat } from 'node:fs/promises';
import type { GraphDocument } from './graph-document.ts';

export const MAX_GRAPH_DOCUMENT_BYTES = 20 * 1024 * 1024;

export async function readGraphDocumentFile(path: string): Promise<GraphDocument> {
  const info = await stat(path);
  if (info.size > MAX_GRAPH_DOCUMENT_BYTES) {
    throw new Error(`too large: ${info.size} bytes (at most ${MAX_GRAPH_DOCUMENT_BYTES})`);
  }
  const text = await readFile(path, 'utf8');
  try {
    // Validated against graphDocumentSchema by ingestDocument before anything is written.
    return JSON.parse(text) as GraphDocument;
  } catch (error) {
    throw new Error(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
