import { describe, expect, it } from 'vitest';
import { toIngestRows } from '../../../server/loader/ingest-rows.ts';
import { newArticleParams } from '../../../server/loader/ingest-new-article.ts';
import { demoLikeDocument } from '../../fixtures/ingest-documents.ts';

interface Named {
  id: string;
}

describe('newArticleParams', () => {
  const rows = toIngestRows(demoLikeDocument());
  const p = newArticleParams(rows) as Record<string, unknown> & Record<'sentences' | 'actors' | 'places' | 'events' | 'statements', Named[]>;
  const idAt = (list: Named[], i: unknown) => list[i as number]?.id;

  it('lists the shared actors and places in id order, and the article own nodes as they come', () => {
    const ids = p.actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(rows.actors.map((a) => a.id)));
    expect((p.sentences as unknown as { id: string }[]).map((s) => s.id)).toEqual(rows.sentences.map((s) => s.id));
    expect(p.events).toEqual(rows.events);
    expect(p.statements).toEqual(rows.statements);
  });

  it('names each relationship end by its position in the lists the statement builds', () => {
    const owners = [...p.actors, ...p.places, ...p.events, ...p.statements];
    const mentions = p.mentions as { node: number; sentence: number; start: number }[];
    expect(mentions.map((m) => [idAt(owners, m.node), idAt(p.sentences, m.sentence), m.start]))
      .toEqual(rows.mentions.map((m) => [m.nodeId, m.sentenceId, m.start]));
    const subjects = p.subjects as { statement: number; target: number }[];
    expect(subjects.map((s) => [idAt(p.statements, s.statement), idAt([...p.actors, ...p.events], s.target)]))
      .toEqual(rows.subjects.map((s) => [s.statementId, s.targetId]));
    const participations = p.participations as { actor: number; event: number; role: string }[];
    expect(participations.map((r) => [idAt(p.actors, r.actor), idAt(p.events, r.event), r.role]))
      .toEqual(rows.participations.map((r) => [r.actorId, r.eventId, r.role]));
    const affiliations = p.affiliations as { actor: number; affiliate: number }[];
    expect(affiliations.map((r) => [idAt(p.actors, r.actor), idAt(p.actors, r.affiliate)]))
      .toEqual(rows.affiliations.map((r) => [r.actorId, r.affiliateId]));
    const places = p.eventPlaces as { event: number; place: number }[];
    expect(places.map((r) => [idAt(p.events, r.event), idAt(p.places, r.place)])).toEqual(rows.eventPlaces.map((r) => [r.eventId, r.placeId]));
  });

  it('sends as null only the texts the statement rebuilds: a sentence equal to its slice of the article, a mention spanning its sentence', () => {
    const article = rows.article.text;
    const sentences = p.sentences as unknown as { text: string | null; start: number; end: number }[];
    sentences.forEach((s, i) => {
      const original = rows.sentences[i];
      expect(s.text === null ? article.slice(s.start, s.end) : s.text).toBe(original?.text);
    });
    expect(sentences.some((s) => s.text === null)).toBe(true);
    const textOf = new Map(rows.sentences.map((s) => [s.id, s.text]));
    const mentions = p.mentions as { text: string | null }[];
    mentions.forEach((m, i) => {
      const original = rows.mentions[i];
      expect(m.text ?? textOf.get(original?.sentenceId ?? '')).toBe(original?.text);
    });
    expect(mentions.some((m) => m.text === null)).toBe(true);
    expect(mentions.some((m) => m.text !== null)).toBe(true);
  });

  it('sends every sentence text when the article has characters outside the BMP (Cypher may count them differently)', () => {
    const astral = toIngestRows(demoLikeDocument());
    astral.article.text = `${astral.article.text} \u{1F600}`;
    const sent = newArticleParams(astral).sentences as { text: string | null }[];
    expect(sent.map((s) => s.text)).toEqual(astral.sentences.map((s) => s.text));
  });

  it('refuses a relationship whose end is not a node of the document', () => {
    const odd = toIngestRows(demoLikeDocument());
    odd.speakers.push({ actorId: 'actor:nobody', statementId: odd.statements[0]?.id ?? '', sentenceIds: [] });
    expect(() => newArticleParams(odd)).toThrow(/actor:nobody/);
  });
});
