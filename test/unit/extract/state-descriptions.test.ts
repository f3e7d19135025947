// A state named only to describe something else (state-descriptions.ts), when its mentions are of different sorts: the
// four older rules each read one sort alone and kept these states; then the sixth round's countries that only describe
// (data/eval/README.md, sixth round). None of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names } from './rule-probes.ts';

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

describe('a country that only describes', () => {
  it('reads a state\'s service before one of its things as no institution', () => {
    const doc = extract('A Venezuelan navy patrol boat entered the waters on Monday, and Venezuela said it would stay.');
    expect(kinds(doc)).toEqual({ Venezuela: 'state' });
  });

  it('reads "its military presence" as no institution', () => {
    const doc = extract('Estonia asked NATO for help, and the alliance said it would step up its military presence.');
    expect(names(doc)).not.toContain('Estonia Military');
  });

  it('reads a demonym and capitalised words before "federation" as a national body, not the state', () => {
    const doc = extract('Belgian rider Jens Peeters tested positive. The Belgian Cycling federation said it would not select him.');
    expect(kinds(doc)).toMatchObject({ 'Belgian Cycling': 'organization' });
    expect(names(doc)).not.toContain('Belgium');
  });

  it('drops a country named only as the home of a company without a head word', () => {
    const doc = extract("Denmark's Bavarian Nordic, which makes the vaccine, said it could supply two million doses.");
    expect(names(doc)).not.toContain('Denmark');
    expect(names(doc)).toContain('Bavarian Nordic');
  });

  it('keeps a country whose possessive is before its own institution', () => {
    const doc = extract("Australia's Department of Foreign Affairs and Trade urged travellers to check with airlines.");
    expect(names(doc)).toContain('Australia');
  });
});

describe('descriptions by flag and by compass', () => {
  it('reads a ship\'s flag state as no actor', () => {
    expect(names(extract('The ship, which sails under the flag of the Cook Islands, was boarded on Monday.'))).toEqual([]);
  });

  it('reads a compass word and a demonym before a noun as a description', () => {
    expect(names(extract('Southern European governments have questioned the plan.'))).toEqual([]);
  });
});
