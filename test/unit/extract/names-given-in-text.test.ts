// Names the text itself gives: "better known as", a nickname in quotation marks, a surname with a particle, plurals
// of people and world regions that are no names.
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names, speakerOf } from './rule-probes.ts';

describe('names the text gives', () => {
  it('ties "better known as X" to the body named before it', () => {
    const doc = extract("Taiwan's Hon Hai Precision Industry, better known as Foxconn, has approached Nissan. Foxconn said it was interested.");
    expect(names(doc)).not.toContain('Foxconn');
    expect(speakerOf(doc, 'it was interested')).toBe('Hon Hai Precision Industry');
  });

  it('reads a nickname in quotation marks inside a name as the person\'s', () => {
    const doc = extract('Economy minister Luis "Toto" Caputo told Radio Mitre that the peso would float. Caputo said reserves would rise.');
    expect(kinds(doc)).toMatchObject({ 'Luis Caputo': 'person' });
    expect(speakerOf(doc, 'reserves would rise')).toBe('Luis Caputo');
  });

  it('ties a surname that opens with a capitalised particle to the full name', () => {
    const doc = extract('Belgian rider Jens Van der Berghe has been suspended. Van der Berghe denied any wrongdoing.');
    expect(kinds(doc)).toEqual({ 'Jens Van der Berghe': 'person' });
  });

  it('reads a plural of people opening a sentence as no name', () => {
    expect(names(extract('Diplomats said the inspectors had not been allowed in.'))).toEqual([]);
  });

  it('knows world regions as places and "Philippine" as the Philippines', () => {
    expect(names(extract('The ruling affects developers across Latin America.'))).toEqual([]);
    expect(kinds(extract('Philippine officials said the drills would go ahead.'))).toEqual({ Philippines: 'state' });
  });
});
