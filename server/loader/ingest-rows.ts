// Turns a validated GraphDocument into the parameter rows of each cypher/write statement. Pure: the same document
// always gives the same rows, deduplicated by the key each MERGE uses, so no row ever overwrites another inside one
// load (which would make a re-load "change" properties back and forth).
import type { ActorKind, GraphDocument } from './graph-document.ts';

// The kind label an actor carries besides :Actor (DESIGN.md).
export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  military: 'MilitaryUnit',
  media: 'Media',
  group: 'Group',
};

export interface LinkRow {
  sentenceIds: string[];
}
export interface MentionRow {
  nodeId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
}

export interface IngestRows {
  articleId: string;
  article: { id: string; title: string; source: string; url: string | null; publishedAt: string; text: string; extractor: string };
  sentences: { id: string; index: number; text: string; start: number; end: number }[];
  actors: { id: string; name: string; kind: ActorKind; label: string; aliases: string[] }[];
  places: { id: string; name: string }[];
  events: { id: string; type: string; summary: string; date: string | null; datePrecision: string; status: string }[];
  statements: { id: string; text: string; mode: string }[];
  mentions: MentionRow[];
  participations: (LinkRow & { actorId: string; eventId: string; role: string })[];
  eventPlaces: (LinkRow & { eventId: string; placeId: string })[];
  eventResponses: (LinkRow & { eventId: string; targetId: string })[];
  speakers: (LinkRow & { actorId: string; statementId: string })[];
  reporters: (LinkRow & { actorId: string; statementId: string })[];
  subjects: (LinkRow & { statementId: string; targetId: string })[];
  affiliations: (LinkRow & { actorId: string; affiliateId: string; role: string })[];
  /** Keys (linkKey) of every relationship touching the article's own sentences, events and statements. */
  linkKeys: string[];
  /** actorId|affiliateId|role of the document's affiliations (the relationships shared with other articles). */
  affiliationKeys: string[];
  /** Every sentence id of this article starts with it: how shared relationships tell this article's sentences apart. */
  sentencePrefix: string;
  /** Nodes plus relationships the document describes: the unit of the load benchmark. */
  elementCount: number;
}

/** The name of one relationship, built identically by cypher/write/prune-article-links.cypher. */
export function linkKey(type: string, startId: string, endId: string, role = '', start: number | null = null): string {
  return `${type}|${startId}|${endId}|${role}|${start === null ? '' : String(start)}`;
}

/** "article:dprk-threat" → "sentence:dprk-threat:" (ids follow sentence:<articleSlug>:<index>). */
export function sentencePrefixOf(articleId: string): string {
  return `sentence:${articleId.slice('article:'.length)}:`;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Keeps the first row for each key, merging later rows' sentenceIds into it. */
function byKey<R extends LinkRow>(rows: R[], key: (row: R) => string): R[] {
  const kept = new Map<string, R>();
  for (const row of rows) {
    const k = key(row);
    const first = kept.get(k);
    if (first) first.sentenceIds = unique([...first.sentenceIds, ...row.sentenceIds]);
    else kept.set(k, { ...row, sentenceIds: unique(row.sentenceIds) });
  }
  return [...kept.values()];
}

export function toIngestRows(doc: GraphDocument): IngestRows {
  const { article } = doc;
  const sentenceById = new Map(doc.sentences.map((s) => [s.id, s]));

  const participations = byKey(
    doc.events.flatMap((e) => e.participants.map((p) => ({ actorId: p.actorId, eventId: e.id, role: p.role, sentenceIds: e.sentenceIds }))),
    (r) => linkKey('PARTICIPATED_IN', r.actorId, r.eventId, r.role),
  );
  const eventPlaces = doc.events.flatMap((e) => (e.placeId === null ? [] : [{ eventId: e.id, placeId: e.placeId, sentenceIds: unique(e.sentenceIds) }]));
  const eventResponses = byKey(
    doc.events.flatMap((e) => e.respondsTo.map((targetId) => ({ eventId: e.id, targetId, sentenceIds: e.sentenceIds }))),
    (r) => linkKey('RESPONDS_TO', r.eventId, r.targetId),
  );
  const speakers = doc.statements.map((s) => ({ actorId: s.speakerId, statementId: s.id, sentenceIds: unique(s.sentenceIds) }));
  const reporters = doc.statements.flatMap((s) =>
    s.reportedById === null ? [] : [{ actorId: s.reportedById, statementId: s.id, sentenceIds: unique(s.sentenceIds) }],
  );
  const subjects = byKey(
    doc.statements.flatMap((s) => s.aboutIds.map((targetId) => ({ statementId: s.id, targetId, sentenceIds: s.sentenceIds }))),
    (r) => linkKey('ABOUT', r.statementId, r.targetId),
  );
  const affiliations = byKey(
    doc.affiliations.map((a) => ({ actorId: a.actorId, affiliateId: a.affiliateId, role: a.role, sentenceIds: a.sentenceIds })),
    (r) => `${r.actorId}|${r.affiliateId}|${r.role}`,
  );

  // Provenance: actors from their mentions (one per actor, sentence and start); events, statements and places from
  // their sentences, spanning the whole sentence.
  const mentionsByKey = new Map<string, MentionRow>();
  const addMention = (row: MentionRow) => {
    const k = linkKey('MENTIONED_IN', row.nodeId, row.sentenceId, '', row.start);
    if (!mentionsByKey.has(k)) mentionsByKey.set(k, row);
  };
  for (const m of doc.mentions) addMention({ nodeId: m.actorId, sentenceId: m.sentenceId, start: m.start, end: m.end, text: m.text });
  for (const node of [...doc.events, ...doc.statements, ...doc.places]) {
    for (const sentenceId of node.sentenceIds) {
      const s = sentenceById.get(sentenceId);
      if (s) addMention({ nodeId: node.id, sentenceId, start: s.start, end: s.end, text: s.text });
    }
  }
  const mentions = [...mentionsByKey.keys()];

  const linkKeys = [
    ...doc.sentences.map((s) => linkKey('PART_OF', s.id, article.id)),
    ...mentions,
    ...participations.map((r) => linkKey('PARTICIPATED_IN', r.actorId, r.eventId, r.role)),
    ...eventPlaces.map((r) => linkKey('AT', r.eventId, r.placeId)),
    ...eventResponses.map((r) => linkKey('RESPONDS_TO', r.eventId, r.targetId)),
    ...speakers.map((r) => linkKey('SAID', r.actorId, r.statementId)),
    ...reporters.map((r) => linkKey('REPORTED', r.actorId, r.statementId)),
    ...subjects.map((r) => linkKey('ABOUT', r.statementId, r.targetId)),
  ];

  const nodeCount = 1 + doc.sentences.length + doc.actors.length + doc.places.length + doc.events.length + doc.statements.length;
  return {
    articleId: article.id,
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      publishedAt: article.publishedAt,
      text: article.text,
      extractor: article.extractor,
    },
    sentences: doc.sentences.map(({ id, index, text, start, end }) => ({ id, index, text, start, end })),
    actors: doc.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, label: KIND_LABELS[a.kind], aliases: unique(a.aliases) })),
    places: doc.places.map(({ id, name }) => ({ id, name })),
    events: doc.events.map(({ id, type, summary, date, datePrecision, status }) => ({ id, type, summary, date, datePrecision, status })),
    statements: doc.statements.map(({ id, text, mode }) => ({ id, text, mode })),
    mentions: [...mentionsByKey.values()],
    participations,
    eventPlaces,
    eventResponses,
    speakers,
    reporters,
    subjects,
    affiliations,
    linkKeys,
    affiliationKeys: affiliations.map((r) => `${r.actorId}|${r.affiliateId}|${r.role}`),
    sentencePrefix: sentencePrefixOf(article.id),
    elementCount: nodeCount + linkKeys.length + affiliations.length,
  };
}
