import { describe, expect, it } from 'vitest';
import { toIngestRows } from '../../../server/loader/ingest-rows.ts';
import { articleStatements } from '../../../server/loader/ingest-statements.ts';
import { demoLikeDocument } from '../../fixtures/ingest-documents.ts';

describe('articleStatements', () => {
  const rows = toIngestRows(demoLikeDocument());
  const [nodes, links] = articleStatements(rows);

  it('merges every node first, then every relationship, two statements in all', () => {
    expect([nodes?.name, links?.name]).toEqual(['write/merge-article-nodes', 'write/merge-article-links']);
    expect(nodes?.params).toMatchObject({
      articleId: 'article:dprk-threatens', title: rows.article.title, publishedAt: '2025-11-08',
      sentences: rows.sentences, actors: rows.actors, places: rows.places, events: rows.events, statements: rows.statements,
    });
  });

  it('splits mentions and subjects by the label their id names, losing none', () => {
    const p = links?.params ?? {};
    const split = ['actorMentions', 'eventMentions', 'statementMentions', 'placeMentions'].map((k) => p[k] as { nodeId: string }[]);
    expect(split.flat()).toHaveLength(rows.mentions.length);
    expect(new Set(split.flat())).toEqual(new Set(rows.mentions));
    ['actor:', 'event:', 'statement:', 'place:'].forEach((prefix, i) => {
      expect(split[i]?.length).toBeGreaterThan(0);
      expect(split[i]?.every((m) => m.nodeId.startsWith(prefix))).toBe(true);
    });
    const actorSubjects = p.actorSubjects as { targetId: string }[];
    const eventSubjects = p.eventSubjects as { targetId: string }[];
    expect(actorSubjects.map((s) => s.targetId)).toEqual(rows.subjects.filter((s) => s.targetId.startsWith('actor:')).map((s) => s.targetId));
    expect(eventSubjects.length + actorSubjects.length).toBe(rows.subjects.length);
    expect(p).toMatchObject({ participations: rows.participations, affiliations: rows.affiliations, sentencePrefix: 'sentence:dprk-threatens:' });
  });

  it('refuses a subject that is neither an actor nor an event', () => {
    const odd = { ...rows, subjects: [{ statementId: 'statement:dprk-threatens:1', targetId: 'place:busan', sentenceIds: [] }] };
    expect(() => articleStatements(odd)).toThrow(/place:busan/);
  });
});
