// Parameters of write/create-new-article: the article's nodes as lists, and its relationships as rows that name
// their ends by position in those lists (the statement collects the nodes it creates or merges in list order), so
// Neo4j finds no end by an index seek. Pure: same rows in, same params out.
import type { IngestRows } from './ingest-rows.ts';

function positions(ids: readonly string[]): (id: string) => number {
  const at = new Map(ids.map((id, i) => [id, i]));
  return (id) => {
    const i = at.get(id);
    // The ingest schema guarantees every reference names a node of the document; anything else is a bug here.
    if (i === undefined) throw new Error(`no node of this document has id ${id}`);
    return i;
  };
}

// Surrogate pairs: JavaScript counts them as two characters, Cypher's substring() perhaps as one. Text with any of
// them is always sent whole, so a slice taken here always equals Neo4j's.
const ASTRAL = /[\uD800-\uDFFF]/;

/**
 * Texts Neo4j can rebuild from what it receives anyway travel as null: a sentence whose text is its slice of the
 * article's text, and a mention spanning its whole sentence (every event, statement and place mention repeats the
 * sentence's text). create-new-article fills them back in (coalesce), so the graph is the same; the parameters
 * shrink by a quarter on the demo article, which Node packs and Neo4j unpacks for every article.
 */
function sharedTexts(r: IngestRows) {
  const sliceable = !ASTRAL.test(r.article.text);
  const sentences = r.sentences.map((s) => (sliceable && r.article.text.slice(s.start, s.end) === s.text ? { ...s, text: null } : s));
  const textOf = new Map(r.sentences.map((s) => [s.id, s.text]));
  const mentionText = (m: { sentenceId: string; text: string }) => (textOf.get(m.sentenceId) === m.text ? null : m.text);
  return { sentences, mentionText };
}

export function newArticleParams(r: IngestRows): Record<string, unknown> {
  const { id, ...article } = r.article;
  // Shared nodes in id order: two articles merging the same actors lock them in the same order.
  const actors = [...r.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const places = [...r.places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);
  const sentence = positions(ids(r.sentences));
  const actor = positions(ids(actors));
  const place = positions(ids(places));
  const event = positions(ids(r.events));
  const statement = positions(ids(r.statements));
  // Positions in the concatenations the statement builds: actors + places + events + statements, and actors + events.
  const owner = positions(ids([...actors, ...places, ...r.events, ...r.statements]));
  const target = positions(ids([...actors, ...r.events]));
  const texts = sharedTexts(r);
  return {
    articleId: id, ...article,
    sentencePrefix: r.sentencePrefix,
    sentences: texts.sentences, actors, places, events: r.events, statements: r.statements,
    mentions: r.mentions.map((m) => ({ node: owner(m.nodeId), sentence: sentence(m.sentenceId), start: m.start, end: m.end, text: texts.mentionText(m) })),
    participations: r.participations.map((p) => ({ actor: actor(p.actorId), event: event(p.eventId), role: p.role, sentenceIds: p.sentenceIds })),
    eventPlaces: r.eventPlaces.map((p) => ({ event: event(p.eventId), place: place(p.placeId), sentenceIds: p.sentenceIds })),
    eventResponses: r.eventResponses.map((p) => ({ event: event(p.eventId), target: event(p.targetId), sentenceIds: p.sentenceIds })),
    speakers: r.speakers.map((s) => ({ actor: actor(s.actorId), statement: statement(s.statementId), sentenceIds: s.sentenceIds })),
    reporters: r.reporters.map((s) => ({ actor: actor(s.actorId), statement: statement(s.statementId), sentenceIds: s.sentenceIds })),
    subjects: r.subjects.map((s) => ({ statement: statement(s.statementId), target: target(s.targetId), sentenceIds: s.sentenceIds })),
    affiliations: r.affiliations.map((a) => ({ actor: actor(a.actorId), affiliate: actor(a.affiliateId), role: a.role, sentenceIds: a.sentenceIds })),
  };
}
