// The GraphDocument: everything the extractor found in one article, and the only thing the loader writes.
// Defined once here; the extractor's output, the `extract` CLI, the ingest and POST /api/articles all validate
// against it, so a bug in extraction is caught before it reaches Neo4j.
import { z } from 'zod';

export const ACTOR_KINDS = ['person', 'state', 'organization', 'military', 'media', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

// The closed vocabulary of event types (CAMEO-like, coarse enough for rules to assign reliably).
export const EVENT_TYPES = [
  'VISIT', 'MEETING', 'TALKS', 'SUMMIT', 'ARRIVAL', 'DEPLOYMENT', 'MILITARY_EXERCISE', 'MISSILE_LAUNCH',
  'NUCLEAR_TEST', 'ATTACK', 'THREAT', 'CONDEMNATION', 'CRITICISM', 'SANCTION', 'AGREEMENT', 'COOPERATION', 'AID',
  'PROTEST', 'ELECTION', 'APPOINTMENT', 'RESIGNATION', 'ARREST', 'ACQUISITION', 'INVESTMENT', 'TRADE',
  'ANNOUNCEMENT', 'STATEMENT', 'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['occurred', 'expected', 'possible'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const PARTICIPANT_ROLES = ['agent', 'target', 'participant'] as const;
export const STATEMENT_MODES = ['direct', 'reported'] as const;

// Ids carry their kind as a prefix ("actor:north-korea", "sentence:<article>:3") so one id names one node across
// labels, and a reader can find its label without a scan (see idKind below).
const idOf = (prefix: string) =>
  z.string().min(prefix.length + 2).max(300).refine((s) => s.startsWith(`${prefix}:`), `must start with "${prefix}:"`);

export const articleIdSchema = idOf('article');
export const sentenceIdSchema = idOf('sentence');
export const actorIdSchema = idOf('actor');
export const placeIdSchema = idOf('place');
export const eventIdSchema = idOf('event');
export const statementIdSchema = idOf('statement');

// A real calendar day: the regex alone would let 2025-02-30 through, which Neo4j's date() then refuses mid-load.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
  }, 'must be a real calendar date');
const sentenceIds = z.array(sentenceIdSchema).min(1, 'nothing enters the graph without a sentence behind it');

export const articleSchema = z.object({
  id: articleIdSchema,
  title: z.string().min(1).max(500),
  source: z.string().max(300).default(''),
  url: z.string().url().nullable().default(null),
  publishedAt: isoDate,
  language: z.string().default('en'),
  text: z.string().min(1),
  extractor: z.string().min(1),
});

export const sentenceSchema = z.object({
  id: sentenceIdSchema,
  index: z.number().int().nonnegative(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
  sentenceIds,
});

export const placeSchema = z.object({
  id: placeIdSchema,
  name: z.string().min(1).max(200),
  sentenceIds,
});

export const participantSchema = z.object({ actorId: actorIdSchema, role: z.enum(PARTICIPANT_ROLES) });

export const eventSchema = z.object({
  id: eventIdSchema,
  type: z.enum(EVENT_TYPES),
  summary: z.string().min(1).max(1000),
  // Day precision: the day; month: the first of the month; year: January 1st; unknown: null.
  date: isoDate.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(EVENT_STATUSES),
  participants: z.array(participantSchema),
  placeId: placeIdSchema.nullable().default(null),
  respondsTo: z.array(eventIdSchema).default([]),
  sentenceIds,
});

export const statementSchema = z.object({
  id: statementIdSchema,
  text: z.string().min(1),
  mode: z.enum(STATEMENT_MODES),
  speakerId: actorIdSchema,
  aboutIds: z.array(z.union([actorIdSchema, eventIdSchema])).default([]),
  // A news agency or outlet the article credits for the claim ("reports Reuters").
  reportedById: actorIdSchema.nullable().default(null),
  sentenceIds,
});

export const mentionSchema = z.object({
  actorId: actorIdSchema,
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  sentenceId: sentenceIdSchema,
});

// A person and the state or organisation they serve, a ship and its navy: (:Actor)-[:AFFILIATED_WITH {role}]->(:Actor)
export const affiliationSchema = z.object({
  actorId: actorIdSchema,
  affiliateId: actorIdSchema,
  role: z.string().max(200).default(''),
  sentenceIds,
});

export const graphDocumentSchema = z
  .object({
    article: articleSchema,
    sentences: z.array(sentenceSchema).min(1),
    actors: z.array(actorSchema),
    places: z.array(placeSchema),
    events: z.array(eventSchema),
    statements: z.array(statementSchema),
    mentions: z.array(mentionSchema),
    affiliations: z.array(affiliationSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    // Every reference must point at something in the same document: a dangling id would create a bare node.
    const known = new Set<string>([
      ...doc.sentences.map((s) => s.id),
      ...doc.actors.map((a) => a.id),
      ...doc.places.map((p) => p.id),
      ...doc.events.map((e) => e.id),
    ]);
    const check = (id: string | null, path: (string | number)[]) => {
      if (id !== null && !known.has(id)) ctx.addIssue({ code: 'custom', message: `unknown id ${id}`, path });
    };
    const checkAll = (ids: string[], path: (string | number)[]) => ids.forEach((id, i) => check(id, [...path, i]));
    doc.actors.forEach((a, i) => checkAll(a.sentenceIds, ['actors', i, 'sentenceIds']));
    doc.places.forEach((p, i) => checkAll(p.sentenceIds, ['places', i, 'sentenceIds']));
    doc.events.forEach((e, i) => {
      checkAll(e.sentenceIds, ['events', i, 'sentenceIds']);
      checkAll(e.respondsTo, ['events', i, 'respondsTo']);
      e.participants.forEach((p, j) => check(p.actorId, ['events', i, 'participants', j, 'actorId']));
      check(e.placeId, ['events', i, 'placeId']);
    });
    doc.statements.forEach((s, i) => {
      checkAll(s.sentenceIds, ['statements', i, 'sentenceIds']);
      check(s.speakerId, ['statements', i, 'speakerId']);
      check(s.reportedById, ['statements', i, 'reportedById']);
      checkAll(s.aboutIds, ['statements', i, 'aboutIds']);
    });
    doc.mentions.forEach((m, i) => {
      check(m.actorId, ['mentions', i, 'actorId']);
      check(m.sentenceId, ['mentions', i, 'sentenceId']);
    });
    doc.affiliations.forEach((a, i) => {
      check(a.actorId, ['affiliations', i, 'actorId']);
      check(a.affiliateId, ['affiliations', i, 'affiliateId']);
      checkAll(a.sentenceIds, ['affiliations', i, 'sentenceIds']);
    });
  });

export type GraphDocument = z.infer<typeof graphDocumentSchema>;
export type ArticleRecord = z.infer<typeof articleSchema>;
export type SentenceRecord = z.infer<typeof sentenceSchema>;
export type ActorRecord = z.infer<typeof actorSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type StatementRecord = z.infer<typeof statementSchema>;
export type MentionRecord = z.infer<typeof mentionSchema>;
export type AffiliationRecord = z.infer<typeof affiliationSchema>;
