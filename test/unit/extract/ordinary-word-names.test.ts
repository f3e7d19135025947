// Twelfth extractor round (data/eval/README.md): candidates made only of ordinary English words. None of these
// sentences is in the eval set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNameVocabulary, nameVocabularyJson } from '../../../scripts/build-name-vocabulary.ts';
import { GAZETTEER_DIR } from '../../../server/loader/extract/gazetteer-files.ts';
import { defaultGazetteer } from '../../../server/loader/extract/gazetteer.ts';
import { NAME_VOCABULARY_FILE } from '../../../server/loader/extract/name-vocabulary.ts';
import { extract, kinds } from './rule-probes.ts';

describe('the generated name vocabulary file', () => {
  it('is exactly what scripts/build-name-vocabulary.ts makes of the installed packages', () => {
    expect(readFileSync(`${GAZETTEER_DIR}${NAME_VOCABULARY_FILE}`, 'utf8')).toBe(nameVocabularyJson(buildNameVocabulary()));
  });

  it('knows given names of several languages and the common words of English, not rare words or surnames', () => {
    const { givenNames, ordinaryWords } = defaultGazetteer().nameVocabulary;
    for (const name of ['mark', 'maria', 'bill', 'josé', 'jose', 'emeka']) expect(givenNames.has(name), name).toBe(true);
    for (const word of ['forest', 'public', 'prosecutor', 'knights', 'inflation']) expect(ordinaryWords.has(word), word).toBe(true);
    for (const word of ['vireo', 'starmer', 'kwan']) expect(ordinaryWords.has(word), word).toBe(false);
  });
});

describe('an untitled run of ordinary words', () => {
  it('is no person when it neither speaks nor acts', () => {
    const doc = extract('The novel Silent Harbour was withdrawn from shops. Maritime Heritage is its only theme, the author Ana Ruiz said.');
    expect(kinds(doc)).not.toHaveProperty('Silent Harbour');
    expect(kinds(doc)).not.toHaveProperty('Maritime Heritage');
    expect(kinds(doc)).toMatchObject({ 'Ana Ruiz': 'person' });
  });

  it('is an organisation when it speaks', () => {
    const doc = extract('The country\'s biggest nickel producer, Northern Copper Works, said on Monday that output fell.');
    expect(kinds(doc)).toMatchObject({ 'Northern Copper Works': 'organization' });
  });

  it('stays a person when it opens with a given name, or has a word that is no ordinary word', () => {
    const doc = extract('Mark Stone said the deal was fair. Talks led by Rhee Kwang-sun ended on Friday.');
    expect(kinds(doc)).toMatchObject({ 'Mark Stone': 'person', 'Rhee Kwang-sun': 'person' });
  });
});

describe('a capitalised ordinary word that only opens sentences', () => {
  it('is no actor when a verb follows it', () => {
    const doc = extract('Inflation eased to 3% in May, the central bank said. Exports rose for a third month.');
    expect(kinds(doc)).not.toHaveProperty('Inflation');
    expect(kinds(doc)).not.toHaveProperty('Exports');
  });

  it('is an actor when it speaks, has a role after it or an appositive', () => {
    expect(kinds(extract('Forward said the strike would go ahead on Monday.'))).toMatchObject({ Forward: 'organization' });
    expect(kinds(extract('Advance, the country\'s largest union, called a strike for Monday.'))).toMatchObject({ Advance: 'organization' });
  });
});

describe('an acronym of a thing, a measure or a currency', () => {
  it('is no actor', () => {
    const doc = extract('Chile will spend 2.1% of GDP on defence, and its LNG imports rose. The fund owed 4bn XOF francs, the Finance Ministry said.');
    expect(Object.keys(kinds(doc)).sort()).toEqual(['Chile', 'Finance Ministry']);
  });

  it('stays an actor when an unknown acronym speaks for itself', () => {
    expect(kinds(extract('The KDP said on Monday it would leave the coalition.'))).toMatchObject({ KDP: 'organization' });
  });
});

describe('a demonym in the plural', () => {
  it('names people, not an actor', () => {
    const doc = extract('Most Kenyans oppose the tax, the survey found. Many South Africans work abroad, Statistics South Africa said.');
    expect(Object.keys(kinds(doc))).not.toContain('Kenyans');
    expect(Object.keys(kinds(doc))).not.toContain('South Africans');
  });
});
