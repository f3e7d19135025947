// GET /api/timeline: events in date order with participants and place.
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { Timeline, TimelineEvent } from '../api/dto.ts';
import { int, isoDateParam } from './query-params.ts';

export async function listTimeline(
  db: Database,
  query: { from?: string | undefined; to?: string | undefined; eventTypes: string[]; actorId?: string | undefined; limit: number },
): Promise<Timeline> {
  const result = await db.read('read/list-timeline', {
    from: isoDateParam(query.from),
    to: isoDateParam(query.to),
    eventTypes: query.eventTypes,
    actorId: query.actorId ?? null,
    limit: int(query.limit),
  });
  const events = result.records.map((r): TimelineEvent => {
    const e = toJson(r.get('event')) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      id: String(e['id']),
      type: String(e['type']),
      summary: str(e['summary']) ?? '',
      date: str(e['date']),
      datePrecision: str(e['datePrecision']),
      status: str(e['status']),
      articleId: str(e['articleId']),
      place: toJson(r.get('place')) as TimelineEvent['place'],
      participants: toJson(r.get('participants')) as TimelineEvent['participants'],
    };
  });
  // The query fetches one event more than asked: its presence is the truncation flag.
  return { events: events.slice(0, query.limit), truncated: events.length > query.limit };
}
