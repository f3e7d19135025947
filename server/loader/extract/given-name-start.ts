// "Minister for Digital Development and Information Josephine Teo", "Inspector General of Police Douglas Kanja",
// "Under-Secretary-General for Peace Operations Jean-Pierre Lacroix", "Brother Tomás Ó Flaithearta": words before a
// person's name that the title rules did not take (a portfolio, the rest of an office, a religious title). Where a
// given name follows a stretch of the commonest English words, the name starts at it ("Ram Chandra Paudel" keeps
// "Ram": not among the commonest). Untitled, the words before must not be a body's ("Bank Julius Baer" stays whole).
import type { Token } from './extract-types.ts';
import type { NameVocabulary } from './name-vocabulary.ts';
import { foldName } from './name-vocabulary.ts';
import { headKind, low } from './name-words.ts';
import { LEADING_BODY_WORDS } from './lexicon.ts';

const INSIDE_AN_OFFICE = new Set(['of', 'for', 'and', 'the', '&']);

/** Where the person's name starts in toks[from, end): `from` unless ordinary words come before a given name. */
export function givenNameStart(toks: readonly Token[], from: number, end: number, titled: boolean, vocabulary: NameVocabulary): number {
  if (end - from < 3 || vocabulary.givenNames.has(foldName(low(toks[from]).split('-')[0] as string))) return from;
  for (let j = from + 1; j < end - 1; j += 1) {
    const word = (toks[j] as Token).text;
    if (!vocabulary.givenNames.has(foldName(word.split('-')[0] as string))) continue;
    const before = toks.slice(from, j);
    const office = before.every((t) => INSIDE_AN_OFFICE.has(low(t)) || vocabulary.commonestWords.has(low(t)));
    const body = before.some((t) => headKind(t) !== null || LEADING_BODY_WORDS.has(low(t)));
    return office && (titled || !body) ? j : from;
  }
  return from;
}
