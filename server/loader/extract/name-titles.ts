// Titles and datelines in a sentence's tokens, for the name scanner (name-runs.ts). Pure functions.
import type { SentenceSpan, Token } from './extract-types.ts';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { isNameToken, low } from './name-words.ts';

const MINISTERIAL = new Set(['minister', 'secretary', 'commissioner']);
// Country and date may both follow the city ("ANTALYA, Türkiye, Nov 19 (Reuters) -"); a report filed from two
// cities names both ("BERLIN/ROME, Nov 19 (Reuters) -"). Some papers credit the agency without parentheses
// ("TOKYO, Nov. 23 Kyodo -") or end the dateline with a colon ("NEW DELHI: The Centre …").
const DATELINE = /^(\p{Lu}[\p{Lu}.' -]*\p{Lu}(?:\/\p{Lu}[\p{Lu}.' -]*\p{Lu})?)(?:,\s*[\p{L}. ]+?\d*){0,2}\s*(?:\([^)]{1,40}\)|\p{Lu}[\p{L}]{1,15})?\s*(?:[—–-]{1,2}|:)\s+/u;

// "German Transport Minister Volker Wissing": the words before a minister's or secretary's title are its
// portfolio, not an employer. Returns the index after such a title, or k.
export function portfolioEnd(toks: Token[], k: number, end: number): number {
  for (let j = k + 1; j < Math.min(end - 1, k + 5); j += 1) {
    if (MINISTERIAL.has(low(toks[j]))) return j + 1;
    if (!isNameToken(toks[j])) break;
  }
  return k;
}

// The title word after the complement of a body named with "of" ("Bank of Japan Governor Kazuo Ueda", "Institute
// of Physics Chief Executive Jane Roe"), when a name follows it; -1 when there is none.
export function titleAfterOfBody(toks: Token[], complement: number, end: number): number {
  for (let j = complement + 1; j < end - 1; j += 1) {
    const w = low(toks[j]);
    if (TITLE_WORDS.has(w) && (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(low(toks[j + 1])))) return j;
  }
  return -1;
}

// The first title word after one to three non-title words ("NASA Administrator …"), if a name follows it.
export function titleAfterEmployer(toks: Token[], p: number, end: number): number {
  if (portfolioEnd(toks, p, end) > p) return p;
  for (let j = p + 1; j < Math.min(end - 1, p + 4); j += 1) {
    if (TITLE_WORDS.has(low(toks[j])) && ROLE_NOUNS.has(low(toks[j])) || (TITLE_WORDS.has(low(toks[j])) && ROLE_NOUNS.has(low(toks[j + 1])))) {
      return toks.slice(p, j).every((t) => !TITLE_WORDS.has(t.text.toLowerCase())) ? j : p;
    }
  }
  return p;
}

// A wire dateline opening a paragraph ("SEOUL —", "SYDNEY (Reuters) -", "NEW YORK, May 3 —") names the place the
// report was filed from; its capitals are not an acronym. The city as written and in Title Case, or null.
// `length`: the whole dateline's, with the country or date after the city (", Germany —") and the agency credited in
// parentheses ("(Reuters)"): no actor's mention. The agency that filed the report takes no part in the story; one
// the story quotes or is told something ("told AFP") is found there.
// The same with the city in Title Case or left out, which only the credited agency marks as a dateline
// ("Kathmandu (AFP) -", "(Bloomberg) --").
const CREDITED_DATELINE = /^((?:\p{Lu}[\p{L}.'-]*)(?:\s\p{Lu}[\p{L}.'-]*){0,2})?(?:,\s*[\p{L}. ]+?\d*){0,2}\s*\((?:AFP|AP|Reuters|Bloomberg|Kyodo|Yonhap|Xinhua|dpa|ANSA|EFE|IANS|PTI|TASS|Anadolu|UPI|CNA|Bernama|Antara|KUNA|WAFA|SPA|AAP|RNZ|[A-Z][A-Za-z]{1,9})\)\s*[—–-]{1,2}\s+/u;

export function datelineCity(text: string, s: SentenceSpan): { text: string; name: string; length: number } | null {
  if (s.start > 0 && text[s.start - 1] !== '\n') return null;
  const credited = DATELINE.exec(s.text) ? null : CREDITED_DATELINE.exec(s.text);
  if (credited) {
    const city = (credited[1] ?? '').trim();
    return { text: city, name: city, length: credited[0].length };
  }
  const m = DATELINE.exec(s.text);
  if (!m?.[1]) return null;
  const city = m[1].trim();
  return { text: city, name: city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase()), length: m[0].length };
}
