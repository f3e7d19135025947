import { describe, expect, it } from 'vitest';
import { labelOfId, slugify } from '../../../server/db/node-ids.ts';

describe('node ids', () => {
  it('slugs names deterministically', () => {
    expect(slugify('Noh Kwan-chol')).toBe('noh-kwan-chol');
    expect(slugify('U.S. Indo-Pacific Command')).toBe('u-s-indo-pacific-command');
    expect(slugify('Société Générale')).toBe('societe-generale');
    expect(slugify('!!!')).toBe('unnamed');
  });

  it('finds the label from the prefix, and nothing for an unknown one', () => {
    expect(labelOfId('actor:north-korea')).toBe('Actor');
    expect(labelOfId('sentence:dprk:3')).toBe('Sentence');
    expect(labelOfId('constructor:x')).toBeNull();
    expect(labelOfId('north-korea')).toBeNull();
  });
});
