import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../server/loader/graph-document.ts';

const event = (date: string | null) => ({
  id: 'event:a:1',
  type: 'VISIT',
  summary: 'A visit',
  date,
  datePrecision: 'day',
  status: 'occurred',
  participants: [],
  sentenceIds: ['sentence:a:0'],
});

describe('event dates in the GraphDocument', () => {
  it('accept real calendar days, leap days and null', () => {
    for (const date of ['2025-11-07', '2024-02-29', null]) expect(eventSchema.safeParse(event(date)).success).toBe(true);
  });
  it('refuse days that do not exist, which Neo4j would refuse mid-transaction', () => {
    for (const date of ['2025-02-30', '2025-02-29', '2025-13-01', '2025-11-7']) {
      expect(eventSchema.safeParse(event(date)).success, date).toBe(false);
    }
  });
});
