// Turns what a user typed into a safe Lucene query for the full-text index: every Lucene operator character is
// escaped and the boolean keywords lose their meaning, so "AND (" or "title:x" search for words instead of failing or
// reaching other fields. The last word also matches as a prefix, so results appear while typing.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

export function escapeLuceneTerm(term: string): string {
  const escaped = term.replace(SPECIAL, (c) => `\\${c}`);
  return KEYWORDS.has(escaped) ? escaped.toLowerCase() : escaped;
}

export function toLuceneQuery(input: string): string {
  const terms = input
    .normalize('NFKC')
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 20)
    .map(escapeLuceneTerm);
  if (terms.length === 0) return '""';
  const last = terms[terms.length - 1] ?? '';
  // A prefix query on a term that ends in an escape would be malformed; a one-letter prefix matches too much.
  const prefix = last.length >= 2 && !last.endsWith('\\') && /[\p{L}\p{N}]$/u.test(last) ? ` ${last}*` : '';
  return `${terms.join(' ')}${prefix}`;
}
