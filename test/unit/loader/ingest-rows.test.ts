import { describe, expect, it } from 'vitest';
import { linkKey, sentencePrefixOf, toIngestRows } from '../../../server/loader/ingest-rows.ts';
import { ingestSteps, pruneParams } from '../../../server/loader/ingest-steps.ts';
import { demoLikeDocument } from '../../fixtures/ingest-documents.ts';

describe('toIngestRows', () => {
  it('gives each actor its kind label and keeps aliases unique', () => {
    const doc = demoLikeDocument();
    doc.actors[0]?.aliases.push('DPRK');
    const rows = toIngestRows(doc);
    expect(rows.actors.map((a) => [a.id, a.label])).toEqual([
      ['actor:north-korea', 'State'],
      ['actor:noh-kwan-chol', 'Person'],
      ['actor:united-states', 'State'],
      ['actor:south-korea', 'State'],
      ['actor:reuters', 'Media'],
      ['actor:uss-george-washington', 'MilitaryUnit'],
    ]);
    expect(rows.actors[0]?.aliases).toEqual(['DPRK', 'North Korea']);
  });

  it('turns events into participation, place and response rows carrying the event sentences', () => {
    const rows = toIngestRows(demoLikeDocument());
    expect(rows.participations).toContainEqual({
      actorId: 'actor:noh-kwan-chol', eventId: 'event:dprk-threatens:1', role: 'agent', sentenceIds: ['sentence:dprk-threatens:0'],
    });
    expect(rows.participations).toHaveLength(7);
    expect(rows.eventPlaces).toEqual([
      { eventId: 'event:dprk-threatens:3', placeId: 'place:busan', sentenceIds: ['sentence:dprk-threatens:3'] },
      { eventId: 'event:dprk-threatens:4', placeId: 'place:sea-of-japan', sentenceIds: ['sentence:dprk-threatens:4'] },
    ]);
    expect(rows.eventResponses).toEqual([
      { eventId: 'event:dprk-threatens:1', targetId: 'event:dprk-threatens:2', sentenceIds: ['sentence:dprk-threatens:0'] },
    ]);
  });

  it('turns statements into speaker, reporter and subject rows', () => {
    const rows = toIngestRows(demoLikeDocument());
    expect(rows.speakers.map((r) => r.actorId)).toEqual(['actor:noh-kwan-chol', 'actor:noh-kwan-chol']);
    expect(rows.reporters).toEqual([
      { actorId: 'actor:reuters', statementId: 'statement:dprk-threatens:2', sentenceIds: ['sentence:dprk-threatens:3'] },
    ]);
    expect(rows.subjects.map((r) => r.targetId)).toEqual(['actor:united-states', 'event:dprk-threatens:2', 'event:dprk-threatens:3']);
  });

  it('gives events, statements and places provenance spanning their sentences, actors their mention spans', () => {
    const doc = demoLikeDocument();
    const rows = toIngestRows(doc);
    const s4 = doc.sentences[4];
    expect(rows.mentions).toContainEqual({ nodeId: 'event:dprk-threatens:4', sentenceId: s4?.id, start: s4?.start, end: s4?.end, text: s4?.text });
    const noh = rows.mentions.find((m) => m.nodeId === 'actor:noh-kwan-chol' && m.sentenceId === 'sentence:dprk-threatens:2');
    expect(noh?.text).toBe('Noh');
    expect(doc.article.text.slice(noh?.start, noh?.end)).toBe('Noh');
    // 13 actor mentions + 5 events + 2 statements + 2 places, each in one sentence
    expect(rows.mentions).toHaveLength(22);
  });

  it('drops duplicate rows by the key their MERGE uses, merging sentence ids', () => {
    const doc = demoLikeDocument();
    const first = doc.mentions[0];
    if (!first) throw new Error('fixture has mentions');
    doc.mentions.push({ ...first, end: first.end + 1 });
    const event = doc.events[0];
    if (!event) throw new Error('fixture has events');
    event.participants.push({ actorId: 'actor:noh-kwan-chol', role: 'agent' });
    doc.affiliations.push({ actorId: 'actor:noh-kwan-chol', affiliateId: 'actor:north-korea', role: 'defense minister', sentenceIds: ['sentence:dprk-threatens:3'] });
    const rows = toIngestRows(doc);
    expect(rows.mentions).toHaveLength(22);
    expect(rows.mentions[0]?.end).toBe(first.end);
    expect(rows.participations).toHaveLength(7);
    expect(rows.affiliations).toEqual([
      { actorId: 'actor:noh-kwan-chol', affiliateId: 'actor:north-korea', role: 'defense minister', sentenceIds: ['sentence:dprk-threatens:0', 'sentence:dprk-threatens:3'] },
    ]);
  });

  it('names every article-owned relationship by the key the prune statement rebuilds, and counts elements', () => {
    const rows = toIngestRows(demoLikeDocument());
    expect(rows.linkKeys).toContain(linkKey('PART_OF', 'sentence:dprk-threatens:0', 'article:dprk-threatens'));
    expect(rows.linkKeys).toContain('MENTIONED_IN|actor:noh-kwan-chol|sentence:dprk-threatens:2||' + String(rows.mentions.find((m) => m.text === 'Noh')?.start));
    expect(rows.linkKeys).toContain('PARTICIPATED_IN|actor:united-states|event:dprk-threatens:1|target|');
    expect(new Set(rows.linkKeys).size).toBe(rows.linkKeys.length);
    expect(rows.affiliationKeys).toEqual(['actor:noh-kwan-chol|actor:north-korea|defense minister']);
    // 21 nodes; 5 PART_OF + 22 MENTIONED_IN + 7 PARTICIPATED_IN + 2 AT + 1 RESPONDS_TO + 2 SAID + 1 REPORTED + 3 ABOUT + 1 AFFILIATED_WITH
    expect(rows.elementCount).toBe(21 + 44);
  });

  it('derives the sentence prefix of an article', () => {
    expect(sentencePrefixOf('article:dprk-threatens')).toBe('sentence:dprk-threatens:');
  });
});

describe('ingestSteps', () => {
  it('merges the article first, and nodes before the relationships between them', () => {
    const names = ingestSteps(toIngestRows(demoLikeDocument())).map((s) => s.name);
    const at = (name: string) => names.indexOf(name as (typeof names)[number]);
    expect(at('write/merge-article')).toBe(0);
    for (const rel of ['write/merge-mentions', 'write/merge-participations', 'write/merge-statement-subjects', 'write/merge-affiliations']) {
      expect(at(rel)).toBeGreaterThan(at('write/merge-events'));
      expect(at(rel)).toBeGreaterThan(at('write/merge-statements'));
      expect(at(rel)).toBeGreaterThan(at('write/merge-actors'));
    }
  });
});

describe('pruneParams', () => {
  it('names everything the new document keeps, so the prune removes only the rest', () => {
    const rows = toIngestRows(demoLikeDocument());
    const params = pruneParams(rows);
    expect(params.keepIds).toEqual([...rows.actors.map((a) => a.id), 'place:busan', 'place:sea-of-japan']);
    expect(params.ownedIds).toHaveLength(5 + 2);
    expect(params.sentenceIds).toEqual([0, 1, 2, 3, 4].map((i) => `sentence:dprk-threatens:${i}`));
    expect(params.keys).toBe(rows.linkKeys);
    expect(params).toMatchObject({ articleId: 'article:dprk-threatens', sentencePrefix: 'sentence:dprk-threatens:' });
  });
});
