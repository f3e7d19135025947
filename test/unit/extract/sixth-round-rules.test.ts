// The sixth round of general rules, one short text each (none of these sentences is in the eval set). Each rule
// answers a category of misses on text the rules had not seen (data/eval/README.md, sixth round).
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

const aliasesOf = (doc: ReturnType<typeof extract>, name: string) => doc.actors.find((a) => a.name === name)?.aliases ?? [];

describe('wire datelines', () => {
  it('reads a dateline filed from two cities as places, and the agency credited in it as no actor', () => {
    const doc = extract('PARIS/MADRID, Nov 3 (Reuters) - Spain and France agreed on a rail link on Monday, officials said.');
    expect(kinds(doc)).toEqual({ Spain: 'state', France: 'state' });
  });
});

describe('a state\'s institution by its bare name', () => {
  it('gives "Japan\'s Defense Ministry" the bare name it is also called by', () => {
    const doc = extract("Japan's Defense Ministry said the missile fell into the sea.");
    expect(aliasesOf(doc, 'Japan Defense Ministry')).toContain('Defense Ministry');
  });

  it('gives no bare name that two states\' ministries share', () => {
    const doc = extract("Japan's Defense Ministry and China's Defense Ministry both issued statements on Monday.");
    expect(aliasesOf(doc, 'Japan Defense Ministry')).not.toContain('Defense Ministry');
    expect(aliasesOf(doc, 'China Defense Ministry')).not.toContain('Defense Ministry');
  });

  it('reads a lower-case American department after a state as its institution', () => {
    const doc = extract('The US state department said it was watching the vote closely.');
    expect(kinds(doc)).toEqual({ 'United States State Department': 'organization' });
    expect(speakerOf(doc, 'watching the vote')).toBe('United States State Department');
  });
});
