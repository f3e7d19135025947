import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { beyondByType, stepWasCut } from '../../../server/graph/neighbourhood.ts';

describe('beyondByType', () => {
  it('turns the per-type counts of what was left out into a total and a map', () => {
    expect(beyondByType([['event', neo4j.int(12)], ['sentence', 40]])).toEqual({ total: 52, byType: { event: 12, sentence: 40 } });
  });

  it('says nothing is beyond when nothing was left out', () => {
    expect(beyondByType([])).toEqual({ total: 0, byType: {} });
  });
});

describe('stepWasCut', () => {
  const limits = { stepRows: 5000, maxFrontier: 1000 };

  it('is set when a step read its whole row budget or had more nodes to expand than it may', () => {
    expect(stepWasCut([neo4j.int(5000)], [1], limits)).toBe(true);
    expect(stepWasCut([12, 300], [1, 1001], limits)).toBe(true);
  });

  it('is not set when every step saw everything', () => {
    expect(stepWasCut([4999, 20], [1, 1000], limits)).toBe(false);
  });
});
