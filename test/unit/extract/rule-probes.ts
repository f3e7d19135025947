// What the rule tests ask of one short text: extract it, then read back actor kinds and names, a sentence's speaker
// and an event in a sentence. Shared by every round's rule tests so each asserts the same way.
import { extractArticle } from '../../../server/loader/extract/extract-article.ts';
import type { GraphDocument } from '../../../server/loader/graph-document.ts';

export const extract = (text: string, publishedAt = '2025-03-10', title = 'Test report'): GraphDocument =>
  extractArticle({ text, meta: { title, publishedAt }, fileName: 'rules-test.txt' });

/** Actor name → kind. */
export const kinds = (doc: GraphDocument): Record<string, string> => Object.fromEntries(doc.actors.map((a) => [a.name, a.kind]));

export const names = (doc: GraphDocument): string[] => doc.actors.map((a) => a.name);

const sentenceWith = (doc: GraphDocument, snippet: string) => doc.sentences.find((s) => s.text.includes(snippet))?.id;

/** The name of the speaker of the statement covering the sentence that contains `snippet`, if any. */
export const speakerOf = (doc: GraphDocument, snippet: string): string | undefined => {
  const sentence = sentenceWith(doc, snippet);
  const st = doc.statements.find((s) => sentence !== undefined && s.sentenceIds.includes(sentence));
  return doc.actors.find((a) => a.id === st?.speakerId)?.name;
};

/** The event of this type covering the sentence that contains `snippet`, if any. */
export const eventIn = (doc: GraphDocument, type: string, snippet: string): GraphDocument['events'][number] | undefined => {
  const sentence = sentenceWith(doc, snippet);
  return doc.events.find((e) => e.type === type && sentence !== undefined && e.sentenceIds.includes(sentence));
};
