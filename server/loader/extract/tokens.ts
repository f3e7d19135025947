// A small word tokenizer with offsets: keeps "U.S.", "Kwan-chol", "Corp." and "O'Brien" whole, splits the
// possessive "'s" off ("Korea's" → "Korea", "'s") and drops a sentence-final period from an ordinary word.
import type { SentenceSpan, Token } from './extract-types.ts';

// Letters of any script ("Økokrim", "João", "Häkkänen" are one word each), digits, and the marks that stay inside a word.
const WORD = /\p{Lu}\p{L}*\+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’-]*|[^\s\p{L}\p{N}]/gu; // "OPEC+", "Canal+", "Disney+" are one name
const KEEP_PERIOD = /^(?:[A-Za-z]\.)+$|^(?:Corp|Inc|Ltd|Co|Jr|Sr|St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Adm|Prof|Nov|Dec|Jan|Feb|Aug|Sept?|Oct)\.$/;

export function tokenize(sentence: SentenceSpan): Token[] {
  const out: Token[] = [];
  for (const m of sentence.text.matchAll(WORD)) {
    let text = m[0];
    let start = sentence.start + (m.index ?? 0);
    let tail: Token[] = [];
    const possessive = /['’]s?$/.exec(text);
    if (possessive && possessive.index > 0 && (possessive[0].length === 2 || /s$/.test(text.slice(0, -1)))) {
      tail = [{ text: possessive[0], start: start + possessive.index, end: start + text.length }];
      text = text.slice(0, possessive.index);
    }
    while (/[.'’-]$/.test(text) && !KEEP_PERIOD.test(text)) {
      tail = [{ text: text.slice(-1), start: start + text.length - 1, end: start + text.length }, ...tail];
      text = text.slice(0, -1);
    }
    if (text.length > 0) out.push({ text, start, end: start + text.length });
    out.push(...tail);
  }
  return out;
}

export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
