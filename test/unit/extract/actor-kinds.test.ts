// The kind an actor gets: rebels and fronts as groups, a state's name that is also a common word, numbered units,
// sports leagues as competitions.
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names } from './rule-probes.ts';

describe('kinds', () => {
  it('reads a body introduced as rebels or a rebel coalition as a group', () => {
    const doc = extract('The talks between Kinshasa and the M23 rebels resumed. The M23 is part of a rebel coalition known as the Congo River Alliance (AFC).');
    expect(kinds(doc)).toMatchObject({ M23: 'group', 'Congo River Alliance': 'group' });
  });

  it('reads a liberation front as a group', () => {
    const doc = extract("The Oromo Liberation Front (OLF) said it would take part in the talks.");
    expect(kinds(doc)).toMatchObject({ 'Oromo Liberation Front': 'group' });
  });

  it('reads a state\'s name that is also a common word as the state when it is listed with another state', () => {
    const doc = extract('Burkina Faso and Niger, which with Mali form an alliance, recalled their ambassadors.');
    expect(kinds(doc)).toMatchObject({ 'Burkina Faso': 'state', Niger: 'state' });
    expect(names(extract('Chad Smith said the plan would work.'))).not.toContain('Chad');
  });
});

describe('units by number and sports leagues', () => {
  it('reads "Unit <number>" as a military unit', () => {
    expect(kinds(extract('Investigators said Unit 29155 was behind the attack.'))).toEqual({ 'Unit 29155': 'military' });
  });

  it('reads a sports league played in, won or owning a title as a competition', () => {
    expect(names(extract('The club sits 18th in the Premier League.'))).toEqual([]);
    expect(names(extract('The average tenure of a sacked Premier League manager has fallen.'))).toEqual([]);
  });

  it('keeps a state\'s military intelligence out of its armed forces', () => {
    expect(names(extract('Britain blamed a unit of Russian military intelligence for the attack.'))).not.toContain('Russia Military');
  });
});
