// What the gazetteer knows: people under their titles, portfolios, blocs, rating agencies, sports bodies, "DRC",
// large companies named without a cue.
// Sixth round of general rules (data/eval/README.md, sixth round); none of these sentences is in the eval set.
import { describe, expect, it } from 'vitest';
import { extract, kinds, names, speakerOf } from './rule-probes.ts';

describe('titles and the gazetteer', () => {
  it('takes no actor from a title whose name is a known person\'s', () => {
    const doc = extract('"This is a clear provocation," South Korean Defense Minister Ahn Gyu-back said.');
    expect(names(doc)).not.toContain('Minister');
    expect(speakerOf(doc, 'clear provocation')).toBe('Ahn Kyu-bak');
  });

  it('takes no actor from a portfolio', () => {
    expect(names(extract('Dominic LeBlanc stays on, while Mélanie Joly keeps Foreign Affairs, the office said.'))).not.toContain('Affairs');
  });

  it('knows the regional blocs, rating agencies and sports bodies by name and acronym', () => {
    const doc = extract('The UCI said the rider was suspended. CARICOM and Fitch Ratings also commented.');
    expect(kinds(doc)).toMatchObject({ 'Union Cycliste Internationale': 'organization', 'Caribbean Community': 'organization', 'Fitch Ratings': 'organization' });
    expect(names(extract('Futures on the S&P 500 rose 1.6%.'))).toEqual([]);
  });

  it('knows "DRC" as the Democratic Republic of the Congo', () => {
    expect(kinds(extract('Cases spread across eastern DRC, and the DRC said it needed vaccines.'))).toEqual({ 'DR Congo': 'state' });
  });
});

describe('the gazetteer\'s large companies', () => {
  it('knows a large company named once without a cue as a company, not a person', () => {
    expect(kinds(extract('BHP said it was studying the proposal, while Rio Tinto declined to comment.'))).toEqual({ BHP: 'organization', 'Rio Tinto': 'organization' });
    expect(kinds(extract('Shares in Huawei rivals rose after Xiaomi cut prices.'))).toMatchObject({ Xiaomi: 'organization' });
  });
});
