// Capitalised words that name no actor: a wire dateline's cities and agency, a period, a storm, a thing's name, an
// acronym after "a", a summit, a place after "in".
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names, speakerOf } from './rule-probes.ts';

describe('wire datelines', () => {
  it('reads a dateline filed from two cities as places, and the agency credited in it as no actor', () => {
    const doc = extract('PARIS/MADRID, Nov 3 (Reuters) - Spain and France agreed on a rail link on Monday, officials said.');
    expect(kinds(doc)).toEqual({ Spain: 'state', France: 'state' });
  });
});

describe('capitalised names that are no actor', () => {
  it('reads a hyphenated period or kind as an adjective', () => {
    expect(names(extract('The government invoked a Cold War-era law on Monday.'))).toEqual([]);
  });

  it('reads a storm named after its category as no actor', () => {
    expect(names(extract('Super Typhoon Ragasa hit the islands on Monday.'))).toEqual([]);
  });

  it('reads a name right after a thing noun as the thing\'s', () => {
    expect(names(extract('Police boarded the oil tanker Eagle S on Monday.'))).toEqual([]);
    expect(names(extract('He tested positive for the banned blood booster EPO in July.'))).toEqual([]);
  });

  it('reads an acronym after "a/an" as a common noun, unless a person\'s role follows it', () => {
    expect(names(extract('North Korea tested an ICBM on Monday.'))).toEqual(['North Korea']);
    const doc = extract('A BHP spokeswoman said the company was studying the proposal.');
    expect(speakerOf(doc, 'studying the proposal')).toBe('BHP');
  });

  it('reads a name before "summit" as the summit\'s', () => {
    expect(names(extract('Leaders will meet at the Asia-Pacific Economic Cooperation summit next week.'))).toEqual([]);
  });

  it('reads a place inside a run after "in" as a place, not a body', () => {
    expect(names(extract('Classes were suspended in Metro Manila on Tuesday.'))).toEqual([]);
  });

  it('gives a statement to the body, not to the city after "in"', () => {
    const doc = extract('"The accused was one of the coordinators," the Federal Prosecutor\'s Office in Karlsruhe said.');
    expect(speakerOf(doc, 'one of the coordinators')).toBe("Federal Prosecutor's Office");
    expect(names(doc)).not.toContain('Karlsruhe');
  });

  it('reads a country after "outside" or "toward southern" as a place', () => {
    expect(names(extract('The missile landed outside Japan, west of Hokkaido.'))).toEqual([]);
    expect(names(extract('The storm was heading toward southern China on Wednesday.'))).toEqual([]);
  });
});
