// The demo article against the careful reader's list (test/fixtures/demo-article.expected.ts): exact sets of
// actors (with kinds), places and statement speakers; every expected event by type + date + status.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readArticleFile } from '../../../server/loader/article-input.ts';
import { extractArticle, EXTRACTOR_VERSION } from '../../../server/loader/extract/extract-article.ts';
import {
  expectedActors, expectedAffiliations, expectedAliases, expectedEvents, expectedPlaces, expectedResponses, expectedStatements,
} from '../../fixtures/demo-article.expected.ts';
import { graphDocumentSchema } from '../../../server/loader/graph-document.ts';

const path = fileURLToPath(new URL('../../../data/articles/dprk-threatens-offensive-action.txt', import.meta.url));
const doc = extractArticle(readArticleFile(path));
const sentenceIndex = (id: string) => Number(id.split(':').at(-1));

describe('demo article extraction', () => {
  it('names the article after its file and records the extractor', () => {
    expect(doc.article.id).toBe('article:dprk-threatens-offensive-action');
    expect(doc.article.publishedAt).toBe('2025-11-08');
    expect(doc.article.extractor).toBe(EXTRACTOR_VERSION);
    expect(doc.sentences).toHaveLength(15);
  });

  it('finds exactly the actors a careful reader lists, with their kinds', () => {
    expect(Object.fromEntries(doc.actors.map((a) => [a.id, a.kind]))).toEqual(expectedActors);
  });

  it('resolves aliases to one actor', () => {
    for (const [id, aliases] of Object.entries(expectedAliases)) {
      const actor = doc.actors.find((a) => a.id === id);
      expect(actor?.aliases, id).toEqual(expect.arrayContaining(aliases));
    }
  });

  it('resolves descriptions and surnames to the right earlier actor', () => {
    const speakerOf = (text: string) => doc.mentions.find((m) => m.text === text)?.actorId;
    expect(speakerOf('The official')).toBe('actor:noh-kwan-chol');
    expect(speakerOf('The North Korean minister')).toBe('actor:noh-kwan-chol');
    expect(speakerOf('The DPRK defense minister')).toBe('actor:noh-kwan-chol');
    expect(speakerOf('the ministry')).toBe('actor:south-korea-defense-ministry');
    expect(speakerOf('Hegseth')).toBe('actor:pete-hegseth');
    expect(speakerOf('Noh')).toBe('actor:noh-kwan-chol');
  });

  it('lists exactly the expected places', () => {
    expect(doc.places.map((p) => p.id).sort()).toEqual([...expectedPlaces].sort());
  });

  it('attributes every statement to its speaker, with its mode', () => {
    const got = doc.statements.map((s) => ({ sentence: sentenceIndex(s.sentenceIds[0] ?? ''), speaker: s.speakerId, mode: s.mode }));
    expect(got).toEqual(expectedStatements);
    expect(doc.statements[0]?.reportedById).toBe('actor:reuters');
  });

  it('finds every expected event with its date, precision, status, actors and place, and nothing else', () => {
    expect(doc.events).toHaveLength(expectedEvents.length);
    for (const want of expectedEvents) {
      const match = doc.events.find((e) =>
        e.type === want.type && e.date === want.date && e.datePrecision === want.precision && e.status === want.status
        && want.actors.every((a) => e.participants.some((p) => p.actorId === a))
        && (want.place === undefined || e.placeId === want.place));
      expect(match, `${want.type} ${want.date} ${want.actors.join(',')}`).toBeDefined();
    }
  });

  it('merges repeated mentions of one event', () => {
    const launch = doc.events.filter((e) => e.type === 'MISSILE_LAUNCH');
    expect(launch).toHaveLength(1);
    expect(launch[0]?.sentenceIds.map(sentenceIndex)).toEqual([9, 10, 11]);
    expect(doc.events.filter((e) => e.type === 'ARRIVAL')[0]?.sentenceIds.map(sentenceIndex)).toEqual([1, 6, 8]);
  });

  it('links exactly the events the text says answer others (RESPONDS_TO)', () => {
    const key = (id: string) => {
      const e = doc.events.find((x) => x.id === id);
      return `${e?.type} ${e?.date}`;
    };
    const got = doc.events.flatMap((e) => e.respondsTo.map((r) => `${key(e.id)} -> ${key(r)}`)).sort();
    expect(got).toEqual(expectedResponses.map(([a, b]) => `${a.type} ${a.date} -> ${b.type} ${b.date}`).sort());
  });

  it('is a valid GraphDocument (the schema the CLI and the ingest check)', () => {
    expect(graphDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('records the affiliations the text and gazetteer give', () => {
    for (const [actor, affiliate] of expectedAffiliations) {
      expect(doc.affiliations.some((a) => a.actorId === actor && a.affiliateId === affiliate), `${actor} → ${affiliate}`).toBe(true);
    }
    expect(doc.affiliations.find((a) => a.actorId === 'actor:noh-kwan-chol')?.role).toBe('defense minister');
  });

  it('gives mentions offsets that point at their text', () => {
    for (const m of doc.mentions) expect(doc.article.text.slice(m.start, m.end)).toBe(m.text);
    for (const s of doc.sentences) expect(doc.article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is deterministic', () => {
    expect(extractArticle(readArticleFile(path))).toEqual(doc);
  });
});
