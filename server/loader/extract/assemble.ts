// Turns the working results (actor table, statement and event drafts) into GraphDocument records with stable ids.
// Ids are slugs of canonical names, so the same actor in two articles is one node.
import { slugify } from '../../db/node-ids.ts';
import type { GraphDocument } from '../graph-document.ts';
import type { SentenceSpan } from './extract-types.ts';
import type { ActorTable } from './actor-table.ts';
import type { EventDraft } from './events.ts';
import type { StatementDraft } from './statements.ts';

type Body = Omit<GraphDocument, 'article'>;

export const actorIdOf = (name: string) => `actor:${slugify(name.replace(/['’]s\b/g, ''))}`;
export const placeIdOf = (name: string) => `place:${slugify(name.replace(/['’]s\b/g, ''))}`;

export function assemble(slug: string, sentences: SentenceSpan[], table: ActorTable, events: EventDraft[], statements: StatementDraft[]): Body {
  const sid = (i: number) => `sentence:${slug}:${i}`;
  const sentencesOf = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b).map(sid);
  const mentioned = new Set(table.mentions.map((m) => m.key));
  const actors = [...table.actors.values()]
    .filter((a) => mentioned.has(a.name))
    .map((a) => ({
      id: actorIdOf(a.name), name: a.name, kind: a.kind,
      aliases: [...a.aliases].filter((x) => x !== a.name).sort(),
      sentenceIds: sentencesOf(table.mentions.filter((m) => m.key === a.name).map((m) => m.sentence)),
    }));
  const placeNames = [...new Set(table.places.map((p) => p.name))];
  const places = placeNames.map((name) => ({
    id: placeIdOf(name), name, sentenceIds: sentencesOf(table.places.filter((p) => p.name === name).map((p) => p.sentence)),
  }));
  const present = (k: string) => mentioned.has(k);
  const eventRecords = events.map((e, i) => ({
    id: `event:${slug}:${i + 1}`, type: e.type, summary: summaryOf(e), date: e.date.date, datePrecision: e.date.precision,
    status: e.status,
    participants: [
      ...e.agents.filter(present).map((k) => ({ actorId: actorIdOf(k), role: 'agent' as const })),
      ...e.targets.filter(present).map((k) => ({ actorId: actorIdOf(k), role: 'target' as const })),
      ...e.participants.filter(present).map((k) => ({ actorId: actorIdOf(k), role: 'participant' as const })),
    ],
    placeId: e.place ? placeIdOf(e.place) : null, respondsTo: [...new Set(e.respondsTo ?? [])].map((r) => `event:${slug}:${events.indexOf(r) + 1}`).filter((id) => !id.endsWith(':0')), sentenceIds: sentencesOf(e.sentences),
  }));
  const statementRecords = statements.map((st, i) => ({
    id: `statement:${slug}:${i + 1}`, text: st.text, mode: st.mode, speakerId: actorIdOf(st.speaker),
    aboutIds: [
      ...new Set(table.mentions.filter((m) => m.start >= st.start && m.end <= st.end && m.key !== st.speaker).map((m) => actorIdOf(m.key))),
      ...eventRecords.filter((_, j) => (events[j] as EventDraft).start >= st.start && (events[j] as EventDraft).end <= st.end).map((e) => e.id),
    ],
    reportedById: st.reportedBy ? actorIdOf(st.reportedBy) : null, sentenceIds: sentencesOf(st.sentences),
  }));
  const affiliations = table.affiliations
    .filter((a) => present(a.actor) && present(a.affiliate))
    .map((a) => ({ actorId: actorIdOf(a.actor), affiliateId: actorIdOf(a.affiliate), role: a.role, sentenceIds: [sid(firstSentence(table, a.actor, a.sentence))] }));
  return {
    sentences: sentences.map((s) => ({ id: sid(s.index), index: s.index, text: s.text, start: s.start, end: s.end })),
    actors, places, events: eventRecords, statements: statementRecords, affiliations,
    mentions: [...table.mentions].sort((a, b) => a.start - b.start)
      .map((m) => ({ actorId: actorIdOf(m.key), text: m.text, start: m.start, end: m.end, sentenceId: sid(m.sentence) })),
  };
}

// A gazetteer affiliation is "stated" where the actor first appears; a textual one where the text says it.
function firstSentence(table: ActorTable, key: string, stated: number): number {
  return table.mentions.some((m) => m.key === key && m.sentence === stated) ? stated : Math.min(...table.mentions.filter((m) => m.key === key).map((m) => m.sentence));
}

function summaryOf(e: EventDraft): string {
  const who = [...e.agents, ...e.participants];
  const whom = e.targets.length ? ` → ${e.targets.join(', ')}` : '';
  return `${e.type.toLowerCase().replace(/_/g, ' ')}${who.length ? ` by ${who.join(', ')}` : ''}${whom}: ${e.summary}`.slice(0, 1000);
}
