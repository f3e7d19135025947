// The seventh round of general rules, one short text each (none of these sentences is in the eval set). Each rule
// answers a category of misses that recurred on text the rules had not seen (data/eval/README.md, seventh round).
import { describe, expect, it } from 'vitest';
import { extract, kinds } from './rule-probes.ts';

describe('names cut short inside (category A)', () => {
  it('keeps "People\'s" inside a body\'s name, with or without a state before it', () => {
    expect(kinds(extract("The People's Liberation Army Navy held drills on Monday."))).toEqual({ "People's Liberation Army Navy": 'military' });
    expect(kinds(extract("The Korean People's Army said on Monday that the drills were a provocation."))).toEqual({ "Korean People's Army": 'military' });
    expect(kinds(extract("The Kenya People's Democratic Movement said it would boycott the vote."))).toEqual({ "Kenya People's Democratic Movement": 'organization' });
  });

  it('still reads a state\'s possessive before a body as the state\'s', () => {
    expect(kinds(extract("Kenya's Interior Ministry said the vote would go ahead."))).toEqual({ 'Kenya Interior Ministry': 'organization' });
  });

  it('reads a ministry\'s remit of single words in a comma list as one name', () => {
    const doc = extract("Chile's Ministry of Mining, Energy and Ports approved the plan on Monday.");
    expect(kinds(doc)).toEqual({ Chile: 'state', 'Ministry of Mining, Energy and Ports': 'organization' });
  });

  it('keeps bodies listed after a ministry apart', () => {
    const doc = extract('The Ministry of Defence, Rheinmetall and Airbus Defence signed the deal.');
    expect(kinds(doc)).toMatchObject({ 'Ministry of Defence': 'organization' });
    expect(Object.keys(kinds(doc))).not.toContain('Ministry of Defence, Rheinmetall and Airbus Defence');
  });
});
