// A state's institution by its bare name ("Defense Ministry") and a lower-case American department after a state.
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

const aliasesOf = (doc: ReturnType<typeof extract>, name: string) => doc.actors.find((a) => a.name === name)?.aliases ?? [];

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
