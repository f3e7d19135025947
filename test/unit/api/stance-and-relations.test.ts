import { describe, expect, it } from 'vitest';
import { STANCE_WEIGHTS, stanceOf } from '../../../server/graph/stance.ts';
import { relationProperties } from '../../../server/graph/relation-graph.repository.ts';
import { EVENT_TYPES } from '../../../server/loader/graph-document.ts';

describe('stance', () => {
  it('weighs every event type within -1..+1', () => {
    expect(Object.keys(STANCE_WEIGHTS).sort()).toEqual([...EVENT_TYPES].sort());
    for (const w of Object.values(STANCE_WEIGHTS)) expect(Math.abs(w)).toBeLessThanOrEqual(1);
  });

  it('is the mean weight, neutral for statements, unknown types and no evidence', () => {
    expect(stanceOf([])).toBe(0);
    expect(stanceOf(['STATEMENT', 'UNHEARD_OF'])).toBe(0);
    expect(stanceOf(['AGREEMENT', 'ATTACK'])).toBe(-0.1);
    expect(stanceOf(['NUCLEAR_TEST', 'ATTACK'])).toBe(-1);
  });
});

describe('relationProperties', () => {
  it('counts each event or statement once and de-duplicates sentence ids', () => {
    expect(
      relationProperties({
        types: ['THREAT', 'THREAT', 'STATEMENT'],
        evidenceIds: ['event:a:1', 'event:a:1', 'statement:a:1'],
        sentenceIdLists: [['sentence:a:1', 'sentence:a:1'], ['sentence:a:1'], ['sentence:a:2']],
      }),
    ).toEqual({
      count: 2,
      eventTypes: { THREAT: 1, STATEMENT: 1 },
      stance: -0.35,
      sentenceIds: ['sentence:a:1', 'sentence:a:2'],
      evidenceIds: ['event:a:1', 'statement:a:1'],
    });
  });
});
