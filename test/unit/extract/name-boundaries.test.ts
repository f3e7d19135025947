// Where a name starts and ends: an outlet's service, a body's possessive, "of" and "and" inside a body's name, a
// state's possessive or service before one.
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

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

describe('a state opening a body\'s name with "and" inside', () => {
  it('reads "US Food and Drug Administration" whole and gives it the notice it posted', () => {
    const doc = extract('The recall covers 40 lots, according to a notice posted by the US Food and Drug Administration.');
    expect(kinds(doc)).toEqual({ 'US Food and Drug Administration': 'organization' });
    expect(speakerOf(doc, 'recall covers 40 lots')).toBe('US Food and Drug Administration');
  });

  it('still reads a known name before "and" as a second actor', () => {
    const doc = extract('President Emmanuel Macron visited the site. Macron and Finance Ministry officials agreed on Monday.');
    expect(kinds(doc)).toEqual({ 'Emmanuel Macron': 'person', 'Finance Ministry': 'organization' });
  });
});
