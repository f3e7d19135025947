// A state named only to describe something else (state-descriptions.ts), when its mentions are of different sorts: the
// four older rules each read one sort alone and kept these states. None of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, names } from './rule-probes.ts';

describe('a state whose mentions only describe, each in its own way', () => {
  it('is no actor when it is once a company home and once a demonym before a thing', () => {
    const doc = extract("Denmark's Bavarian Nordic, which makes the vaccine, said it could supply two million doses. Danish ports reopened on Monday.");
    expect(names(doc)).toContain('Bavarian Nordic');
    expect(names(doc)).not.toContain('Denmark');
  });

  it('is no actor when it is once where something is and once a demonym before a thing', () => {
    const doc = extract('Maersk said ships outside Denmark were delayed. Danish ports reopened on Monday, Maersk said.');
    expect(names(doc)).not.toContain('Denmark');
  });

  it('stays an actor when its officials act', () => {
    const doc = extract("Denmark's Bavarian Nordic, which makes the vaccine, said it could supply two million doses. Danish officials approved the deal on Monday.");
    expect(names(doc)).toContain('Denmark');
  });
});
