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
