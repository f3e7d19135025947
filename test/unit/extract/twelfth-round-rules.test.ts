// Twelfth extractor round (data/eval/README.md): the smaller rules of the round. The larger ones have their own
// files (ordinary-word-names.test.ts, state-voices.test.ts). None of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds } from './rule-probes.ts';

describe('a wire dateline', () => {
  it('credits its agency without parentheses ("OSAKA, March 3 Jiji -")', () => {
    const doc = extract('Report title\nOSAKA, March 3 Jiji - Panasonic said on Monday it would close two plants.');
    expect(kinds(doc)).toEqual({ Panasonic: 'organization' });
    expect(doc.places.map((p) => p.name)).toContain('Osaka');
  });

  it('ends with a colon ("KARACHI: …")', () => {
    const doc = extract('Report title\nKARACHI: The central bank held its policy rate on Monday, Governor Jameel Ahmad said.');
    expect(Object.keys(kinds(doc))).not.toContain('KARACHI');
    expect(doc.places.map((p) => p.name)).toContain('Karachi');
  });
});

describe('an untitled "person" whose last word is an ordinary word', () => {
  it('is no person when it leaves no trace of one', () => {
    const doc = extract('The Northern Storage Line was completed in 2019. Officials said the Caspian Guard Towers would be finished next year, the ministry said.');
    expect(Object.values(kinds(doc))).not.toContain('person');
  });

  it('stays a person with a given name, a family name first, an honorific, an age or the family name alone later', () => {
    expect(kinds(extract('The deal was backed by Daniel Brook on Monday.'))).toMatchObject({ 'Daniel Brook': 'person' });
    expect(kinds(extract('The plan was drafted by Chen Field and approved on Monday.'))).toMatchObject({ 'Chen Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mr. Okonkwo Field and approved on Monday.'))).toMatchObject({ 'Okonkwo Field': 'person' });
    expect(kinds(extract('The plan was drafted by Ikechukwu Field, 54, and approved on Monday.'))).toMatchObject({ 'Ikechukwu Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mbeki Field. Field said it would pass.'))).toMatchObject({ 'Mbeki Field': 'person' });
    expect(kinds(extract('The plan was drafted by Mbeki Field and approved on Monday.'))).not.toHaveProperty('Mbeki Field');
  });
});
