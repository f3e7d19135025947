// The shared "a verb follows the name" test (verb-after-name.ts) and the strictness each option buys.
import { describe, expect, it } from 'vitest';
import { verbAfterName } from '../../../server/loader/extract/verb-after-name.ts';

const loose = verbAfterName({ gap: 'possessive-or-comma', copula: true, auxiliaryAlone: false, presentTense: false });
const town = verbAfterName({ gap: 'space', copula: false, auxiliaryAlone: true, presentTense: false });
const list = verbAfterName({ gap: 'clause', copula: true, auxiliaryAlone: false, presentTense: true });

describe('verbAfterName', () => {
  it('reads a past tense, an irregular verb and auxiliaries before it', () => {
    for (const after of [' won the cup', ' has also not agreed', ' will cut rates', ' acquired a rival']) expect(town.test(after) || loose.test(after), after).toBe(true);
    expect(loose.test(', said on Monday')).toBe(true);
    expect(loose.test('’s board approved')).toBe(false);
  });

  it('takes "was" before the verb only where the copula is allowed', () => {
    expect(loose.test(' was fined')).toBe(true);
    expect(town.test(' was shelled')).toBe(false);
  });

  it('counts an auxiliary alone only where asked', () => {
    expect(town.test(' has the best record')).toBe(true);
    expect(loose.test(' has the best record')).toBe(false);
  });

  it('reads present tenses and a clause between commas only where asked', () => {
    expect(list.test(' agrees to talks')).toBe(true);
    expect(list.test(', which hosts the talks, has agreed')).toBe(true);
    expect(loose.test(' fans cheered')).toBe(false);
    expect(town.test(', which hosts the talks, has agreed')).toBe(false);
  });
});
