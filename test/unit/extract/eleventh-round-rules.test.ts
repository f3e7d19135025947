// The eleventh round of general rules, one short text each (none of these sentences is in the eval set). Each rule
// answers a category of misses that recurred on text the rules had not seen (data/eval/README.md, eleventh round).
import { describe, expect, it } from 'vitest';
import { extract, kinds, speakerOf } from './rule-probes.ts';

describe('a seat of power is a body of its own, not its state (category I; LABELLING.md, organization)', () => {
  it('reads "the Kremlin" as the organization Kremlin, and "Moscow" still as Russia', () => {
    const doc = extract('The Kremlin said the talks had failed. Moscow has not recalled its envoy.');
    expect(kinds(doc)).toEqual({ Kremlin: 'organization', Russia: 'state' });
    expect(speakerOf(doc, 'the talks had failed')).toBe('Kremlin');
  });

  it('keeps a Kremlin spokesman\'s own name and the Kremlin beside it', () => {
    expect(kinds(extract('Kremlin spokesman Dmitry Orlov said the offer was unserious.'))).toEqual({
      Kremlin: 'organization',
      'Dmitry Orlov': 'person',
    });
  });
});
