// The loader's fast path: one article's merges as two statements (write/merge-article-nodes, then
// write/merge-article-links) instead of one per kind, because Neo4j spends about as much fixed work per statement
// as on a whole batch of rows. Rows whose endpoint may carry one of several labels are split here by the label
// their id names (ids carry a kind prefix), so each row costs one index seek. Pure: same rows in, same params out.
import { labelOfId } from '../db/node-ids.ts';
import type { IngestRows, MentionRow } from './ingest-rows.ts';
import type { IngestStep } from './ingest-steps.ts';

function byLabel<R>(rows: readonly R[], idOf: (row: R) => string, labels: readonly string[]): Record<string, R[]> {
  const groups: Record<string, R[]> = Object.fromEntries(labels.map((l) => [l, []]));
  for (const row of rows) {
    const label = labelOfId(idOf(row));
    // The ingest schema guarantees every id names a node of the document; a label outside `labels` cannot occur.
    if (label === null || !(label in groups)) throw new Error(`no ${labels.join('/')} id: ${idOf(row)}`);
    groups[label]?.push(row);
  }
  return groups;
}

export function articleStatements(r: IngestRows): IngestStep[] {
  const mentions = byLabel<MentionRow>(r.mentions, (m) => m.nodeId, ['Actor', 'Event', 'Statement', 'Place']);
  const subjects = byLabel(r.subjects, (s) => s.targetId, ['Actor', 'Event']);
  const { id, ...article } = r.article;
  return [
    {
      name: 'write/merge-article-nodes',
      params: {
        articleId: id, ...article,
        sentences: r.sentences, actors: r.actors, places: r.places, events: r.events, statements: r.statements,
      },
      rows: null,
    },
    {
      name: 'write/merge-article-links',
      params: {
        sentencePrefix: r.sentencePrefix,
        actorMentions: mentions.Actor, eventMentions: mentions.Event, statementMentions: mentions.Statement, placeMentions: mentions.Place,
        participations: r.participations, eventPlaces: r.eventPlaces, eventResponses: r.eventResponses,
        speakers: r.speakers, reporters: r.reporters,
        actorSubjects: subjects.Actor, eventSubjects: subjects.Event,
        affiliations: r.affiliations,
      },
      rows: null,
    },
  ];
}
