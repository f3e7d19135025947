import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from 'neo4j-driver';
import { ZodError } from 'zod';
import { ingestDocument } from '../../../server/loader/ingest.ts';
import { useEmptyGraphPerTest } from '../../support/test-app.ts';
import { demoLikeDocument, secondArticleDocument } from '../../fixtures/ingest-documents.ts';
import { dumpGraph } from './graph-dump.ts';

describe('ingestDocument', () => {
  const graph = useEmptyGraphPerTest();
  const rows = async (query: string, params: Record<string, unknown> = {}) =>
    (await graph.db.driver.executeQuery(query, params)).records.map((r) => r.toObject());

  it('writes the article, its sentences, actors with kind labels, events, statements and places', async () => {
    const summary = await ingestDocument(graph.db, demoLikeDocument());
    expect(summary).toMatchObject({ articleId: 'article:dprk-threatens', nodesCreated: 21, relationshipsCreated: 44, elements: 65, changed: true });

    const labels = await rows('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
    expect(Object.fromEntries(labels.map((r) => [r.label, Number(r.n)]))).toEqual({
      Actor: 6, Article: 1, Event: 5, Media: 1, MilitaryUnit: 1, Person: 1, Place: 2, Sentence: 5, State: 3, Statement: 2,
    });
    const [article] = await rows('MATCH (a:Article) RETURN a');
    const a = article?.a as { properties: Record<string, unknown> };
    expect(a.properties.title).toBe('North Korea threatens more aggressive actions after US-Seoul talks');
    expect(isDate(a.properties.publishedAt)).toBe(true);
    expect(String(a.properties.publishedAt)).toBe('2025-11-08');
    expect(isDateTime(a.properties.ingestedAt)).toBe(true);

    const [noh] = await rows('MATCH (p:Person {id: "actor:noh-kwan-chol"}) RETURN p.name AS name, p.kind AS kind, p.aliases AS aliases, p.aliasText AS aliasText');
    expect(noh).toEqual({ name: 'Noh Kwan-chol', kind: 'person', aliases: ['Noh Kwan-chol', 'Noh'], aliasText: 'Noh Kwan-chol Noh' });

    const events = await rows('MATCH (e:Event) RETURN e.id AS id, e.type AS type, toString(e.date) AS date, e.datePrecision AS precision, e.status AS status, e.articleId AS articleId ORDER BY id');
    expect(events[3]).toEqual({ id: 'event:dprk-threatens:4', type: 'MISSILE_LAUNCH', date: '2025-11-07', precision: 'day', status: 'occurred', articleId: 'article:dprk-threatens' });
    expect(events[4]).toMatchObject({ id: 'event:dprk-threatens:5', date: null, status: 'possible' });

    const [sentence] = await rows('MATCH (s:Sentence {id: "sentence:dprk-threatens:2"})-[:PART_OF]->(a:Article) RETURN s.index AS index, s.start AS start, s.end AS end, s.articleId AS articleId, a.id AS article');
    expect(sentence).toMatchObject({ articleId: 'article:dprk-threatens', article: 'article:dprk-threatens' });
    expect(Number(sentence?.index)).toBe(2);
  });

  it('writes every relationship of the model with the sentences behind it', async () => {
    await ingestDocument(graph.db, demoLikeDocument());
    const types = await rows('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    expect(Object.fromEntries(types.map((r) => [r.type, Number(r.n)]))).toEqual({
      ABOUT: 3, AFFILIATED_WITH: 1, AT: 2, MENTIONED_IN: 22, PARTICIPATED_IN: 7, PART_OF: 5, REPORTED: 1, RESPONDS_TO: 1, SAID: 2,
    });
    const spoken = await rows(`
      MATCH (speaker:Actor)-[said:SAID]->(st:Statement {id: 'statement:dprk-threatens:2'})-[:ABOUT]->(about:Event)-[:AT]->(p:Place)
      MATCH (reporter:Actor)-[:REPORTED]->(st)
      RETURN speaker.id AS speaker, said.sentenceIds AS sentenceIds, about.id AS about, p.name AS place, reporter.id AS reporter`);
    expect(spoken).toEqual([{
      speaker: 'actor:noh-kwan-chol', sentenceIds: ['sentence:dprk-threatens:3'], about: 'event:dprk-threatens:3', place: 'Busan', reporter: 'actor:reuters',
    }]);
    const [threat] = await rows(`
      MATCH (agent)-[:PARTICIPATED_IN {role: 'agent'}]->(e:Event {id: 'event:dprk-threatens:1'})<-[:PARTICIPATED_IN {role: 'target'}]-(target)
      MATCH (e)-[:RESPONDS_TO]->(cause:Event)
      RETURN agent.id AS agent, target.id AS target, cause.type AS cause`);
    expect(threat).toEqual({ agent: 'actor:noh-kwan-chol', target: 'actor:united-states', cause: 'VISIT' });

    // Provenance: each relationship but PART_OF and MENTIONED_IN names existing sentences; every node but the
    // article and its sentences is MENTIONED_IN one, whose span is the mention's (actors) or the sentence's.
    const unbacked = await rows(`
      MATCH ()-[r]->() WHERE NOT type(r) IN ['PART_OF', 'MENTIONED_IN']
      AND (size(r.sentenceIds) = 0 OR any(id IN r.sentenceIds WHERE NOT EXISTS { (:Sentence {id: id}) }))
      RETURN type(r) AS type`);
    expect(unbacked).toEqual([]);
    const unmentioned = await rows('MATCH (n) WHERE NOT n:Article AND NOT n:Sentence AND NOT (n)-[:MENTIONED_IN]->(:Sentence) RETURN n.id AS id');
    expect(unmentioned).toEqual([]);
    const spans = await rows(`
      MATCH (a:Article)<-[:PART_OF]-(s:Sentence)<-[m:MENTIONED_IN]-(n)
      RETURN n.id AS id, m.text AS text, substring(a.text, m.start, m.end - m.start) AS span, m.start = s.start AS whole`);
    expect(spans.every((r) => r.text === r.span)).toBe(true);
    expect(spans.filter((r) => r.whole === false).every((r) => String(r.id).startsWith('actor:'))).toBe(true);
    expect(spans).toContainEqual({ id: 'actor:noh-kwan-chol', text: 'Noh', span: 'Noh', whole: false });
  });

  it('changes nothing when the same document is loaded again', async () => {
    await ingestDocument(graph.db, demoLikeDocument());
    const before = await dumpGraph(graph.db);
    const again = await ingestDocument(graph.db, demoLikeDocument());
    expect(again).toMatchObject({
      changed: false, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0,
    });
    expect(await dumpGraph(graph.db)).toEqual(before);
  });

  it('lets two articles share actors, unioning aliases and the sentences behind a shared affiliation', async () => {
    await ingestDocument(graph.db, demoLikeDocument());
    const second = await ingestDocument(graph.db, secondArticleDocument());
    expect(second.nodesCreated).toBe(6); // article, 2 sentences, event, statement, KCNA: no second North Korea
    const [northKorea] = await rows(`
      MATCH (n:Actor {id: 'actor:north-korea'})-[:MENTIONED_IN]->(:Sentence)-[:PART_OF]->(a:Article)
      RETURN n.aliases AS aliases, n.aliasText AS aliasText, collect(DISTINCT a.id) AS articles`);
    expect(northKorea?.aliases).toEqual(['DPRK', 'North Korea', 'Pyongyang']);
    expect(northKorea?.aliasText).toBe('DPRK North Korea Pyongyang');
    expect([...(northKorea?.articles as string[])].sort()).toEqual(['article:dprk-threatens', 'article:pyongyang-tests']);
    const [affiliation] = await rows('MATCH (:Actor {id: "actor:noh-kwan-chol"})-[r:AFFILIATED_WITH]->(:Actor {id: "actor:north-korea"}) RETURN collect(r.sentenceIds) AS ids');
    expect(affiliation?.ids).toEqual([['sentence:dprk-threatens:0', 'sentence:pyongyang-tests:1']]);

    const before = await dumpGraph(graph.db);
    expect((await ingestDocument(graph.db, demoLikeDocument())).changed).toBe(false);
    expect((await ingestDocument(graph.db, secondArticleDocument())).changed).toBe(false);
    expect(await dumpGraph(graph.db)).toEqual(before);
  });
});
