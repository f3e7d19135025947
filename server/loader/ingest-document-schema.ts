// What the loader accepts: a valid GraphDocument whose ids also fit the ownership model the re-load relies on.
// Sentences, events and statements belong to one article, so their ids must carry its slug (a re-load finds and
// replaces them by it); and one id must describe one node (two rows for one id would overwrite each other).
import { z } from 'zod';
import { graphDocumentSchema, type GraphDocument } from './graph-document.ts';

export const ingestDocumentSchema = graphDocumentSchema.superRefine((doc, ctx) => {
  const slug = doc.article.id.slice('article:'.length);
  const owned: [keyof GraphDocument, string, { id: string }[]][] = [
    ['sentences', `sentence:${slug}:`, doc.sentences],
    ['events', `event:${slug}:`, doc.events],
    ['statements', `statement:${slug}:`, doc.statements],
  ];
  for (const [key, prefix, nodes] of owned) {
    nodes.forEach((n, i) => {
      if (!n.id.startsWith(prefix)) {
        ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `must start with "${prefix}" (it belongs to ${doc.article.id})` });
      }
    });
  }
  const groups: [string, { id: string }[]][] = [
    ['sentences', doc.sentences],
    ['actors', doc.actors],
    ['places', doc.places],
    ['events', doc.events],
    ['statements', doc.statements],
  ];
  for (const [key, nodes] of groups) {
    const seen = new Set<string>();
    nodes.forEach((n, i) => {
      if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id ${n.id}` });
      seen.add(n.id);
    });
  }
});

/** Validates anything claiming to be a GraphDocument; throws a ZodError (mapped to 400 by the API) when it is not. */
export function parseIngestDocument(input: unknown): GraphDocument {
  return ingestDocumentSchema.parse(input);
}

export type IngestDocumentInput = z.input<typeof ingestDocumentSchema>;
