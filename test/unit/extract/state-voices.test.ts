// A lower-case ministry is its country's own voice (data/eval/LABELLING.md, twelfth round). None of these sentences
// is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

describe('a ministry written in lower case', () => {
  it('is its state speaking, and no actor of its own', () => {
    const doc = extract('Gabon and Cameroon clashed over the island. "We reject this claim," Gabon\'s foreign ministry said on Monday.');
    expect(speakerOf(doc, 'We reject this claim')).toBe('Gabon');
    expect(kinds(doc)).toEqual({ Gabon: 'state', Cameroon: 'state' });
  });

  it('makes its state an actor when the text names the state nowhere else', () => {
    const doc = extract('The treaty was signed in Tallinn. Latvia\'s defence ministry welcomed the agreement on Tuesday.');
    expect(kinds(doc)).toMatchObject({ Latvia: 'state' });
    expect(Object.keys(kinds(doc)).filter((n) => /Ministry/.test(n))).toEqual([]);
  });

  it('stays the state when "the ministry" points back at it', () => {
    const doc = extract('Gabon\'s foreign ministry summoned the Cameroonian envoy on Tuesday. The ministry said the envoy had been told to explain the raid.');
    expect(speakerOf(doc, 'told to explain the raid')).toBe('Gabon');
  });
});

describe('a ministry written as a name', () => {
  it('is an organisation that speaks for itself', () => {
    const doc = extract('"We reject this claim," Gabon\'s Foreign Ministry said on Monday.');
    expect(kinds(doc)).toMatchObject({ 'Gabon Foreign Ministry': 'organization' });
    expect(speakerOf(doc, 'We reject this claim')).toBe('Gabon Foreign Ministry');
  });
});
