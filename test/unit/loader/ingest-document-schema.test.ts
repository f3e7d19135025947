import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { parseIngestDocument } from '../../../server/loader/ingest-document-schema.ts';
import { demoLikeDocument } from '../../fixtures/ingest-documents.ts';

const issuesOf = (input: unknown): string[] => {
  try {
    parseIngestDocument(input);
    return [];
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
};

describe('parseIngestDocument', () => {
  it('accepts the fixture document', () => {
    expect(issuesOf(demoLikeDocument())).toEqual([]);
  });

  it('refuses sentences, events and statements whose ids do not carry the article slug', () => {
    const doc = demoLikeDocument();
    const event = doc.events[0];
    if (!event) throw new Error('fixture has events');
    event.id = 'event:other-article:1';
    expect(issuesOf(doc)).toContainEqual(expect.stringMatching(/^events\.0\.id: must start with "event:dprk-threatens:"/));
  });

  it('refuses two nodes with one id', () => {
    const doc = demoLikeDocument();
    const actor = doc.actors[0];
    if (!actor) throw new Error('fixture has actors');
    doc.actors.push({ ...actor });
    expect(issuesOf(doc)).toContainEqual('actors.6.id: duplicate id actor:north-korea');
  });

  it('refuses a dangling reference (the GraphDocument schema itself)', () => {
    const doc = demoLikeDocument();
    doc.mentions.push({ actorId: 'actor:nobody', text: 'x', start: 0, end: 1, sentenceId: 'sentence:dprk-threatens:0' });
    expect(issuesOf(doc)).toContainEqual('mentions.13.actorId: unknown id actor:nobody');
  });
});
