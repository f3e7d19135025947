// The sixth round's speaker rules, one short text each (none of these sentences is in the eval set); its actor rules
// are in name-boundaries, non-actor-names, state-institution-names, state-descriptions, actor-kinds, gazetteer-names
// and names-given-in-text.test.ts. Each rule answers a category of wrong speakers on text the rules had not seen
// (data/eval/README.md, sixth round).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from './rule-probes.ts';

describe('speakers', () => {
  it('gives "the X federation said" to the body named before its type noun', () => {
    const doc = extract('The Belgian Cycling federation said it would not select the rider.');
    expect(speakerOf(doc, 'would not select')).toBe('Belgian Cycling');
  });

  it('gives "the US embassy said" and "Finnish police said" to the state', () => {
    expect(speakerOf(extract('The minister is due to visit on Monday in a show of support, the US embassy said.'), 'show of support')).toBe('United States');
    expect(speakerOf(extract('Finnish police said they had named eight crew members as suspects.'), 'eight crew members')).toBe('Finland');
  });

  it('gives "the fund said" to the body whose name holds "fund"', () => {
    const doc = extract('Argentina secured a $20bn loan from the International Monetary Fund. The loan clears the way for reforms, the fund said.');
    expect(speakerOf(doc, 'clears the way')).toBe('International Monetary Fund');
  });

  it('gives "X, who said …" to X, but not "X, who declared three days of mourning"', () => {
    const doc = extract('Javier Milei, who said inflation had fallen to 2.4 per cent, faces elections in October.');
    expect(speakerOf(doc, 'inflation had fallen')).toBe('Javier Milei');
    expect(extract('King Mohammed VI, who declared three days of national mourning, visited survivors.').statements).toEqual([]);
  });

  it('gives a body\'s appositive name the statement after it', () => {
    expect(speakerOf(extract('His team, Vireo-Hallmark, said it had suspended him.'), 'suspended him')).toBe('Vireo-Hallmark');
    expect(speakerOf(extract("Nexperia's parent, Shanghai-listed Wingtech Technology, said in a filing that it would appeal."), 'it would appeal')).toBe('Wingtech Technology');
  });
});

describe('unnamed spokespeople', () => {
  it('gives "a ministry spokesperson said" to the ministry named before', () => {
    const doc = extract('The Ministry of Commerce announced export licences on Thursday. "These measures are legitimate," a ministry spokesperson said.');
    expect(speakerOf(doc, 'These measures are legitimate')).toBe('Ministry of Commerce');
  });

  it('gives "a company spokesman said" to no public body', () => {
    const doc = extract('The Food and Drug Administration opened a review. "We will cooperate," a company spokesman said.');
    expect(speakerOf(doc, 'We will cooperate')).not.toBe('Food and Drug Administration');
  });
});

describe('a state speaking through its delegation or its military government', () => {
  it('gives "Japan\'s delegation said" to Japan', () => {
    expect(speakerOf(extract("Japan's delegation said in a statement that Tokyo remained committed to the deal."), 'remained committed')).toBe('Japan');
  });

  it('gives "X\'s military government, led by …, said" to the state', () => {
    const doc = extract("Austria thanked Qatar and Chad. Chad's military government, led by a general since 2021, said it had helped.");
    expect(speakerOf(doc, 'it had helped')).toBe('Chad');
  });
});
