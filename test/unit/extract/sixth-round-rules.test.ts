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

describe('name boundaries', () => {
  it('reads an outlet followed by more of a name as one of its services', () => {
    const doc = extract('"We are shocked," the coach told BBC Sport on Sunday.');
    expect(kinds(doc)).toMatchObject({ 'BBC Sport': 'media' });
    expect(Object.keys(kinds(doc))).not.toContain('BBC');
  });

  it('reads a name that opens with "Radio" as an outlet\'s', () => {
    const doc = extract('The minister told Radio Mitre that prices would fall.');
    expect(kinds(doc)).toMatchObject({ 'Radio Mitre': 'media' });
  });

  it('reads a state\'s service followed by a region as a command', () => {
    const doc = extract('U.S. Forces Korea said the carrier would arrive later this month.');
    expect(kinds(doc)).toEqual({ 'U.S. Forces Korea': 'military' });
    expect(speakerOf(doc, 'the carrier would arrive')).toBe('U.S. Forces Korea');
  });

  it('keeps a possessive inside a body\'s name', () => {
    const office = extract("Mark Carney named his cabinet on Friday, the Prime Minister's Office said in a release.");
    expect(kinds(office)).toMatchObject({ "Prime Minister's Office": 'organization' });
    expect(speakerOf(office, 'named his cabinet')).toBe("Prime Minister's Office");
    const association = extract("The European Automobile Manufacturers' Association said its members had been warned.");
    expect(kinds(association)).toEqual({ "European Automobile Manufacturers' Association": 'organization' });
  });

  it('keeps a state\'s possessive out of the body after it', () => {
    const doc = extract("South Korea's Financial Services Commission said it would review the deal.");
    expect(Object.keys(kinds(doc))).not.toContain("South Korea's Financial Services Commission");
  });

  it('joins "of" and a lone head word to the capitalised words before them', () => {
    const doc = extract('The Joint Chiefs of Staff said the missile flew for 86 minutes.');
    expect(kinds(doc)).toEqual({ 'Joint Chiefs of Staff': 'military' });
  });

  it('runs a body\'s name on past "and" when its acronym follows in parentheses', () => {
    const doc = extract('The Africa Centres for Disease Control and Prevention (Africa CDC) said cases had doubled.');
    expect(Object.keys(kinds(doc))).toContain('Africa Centres for Disease Control and Prevention');
  });
});
