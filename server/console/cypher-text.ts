// Reads the shape of a user's Cypher text without executing it: comments and string literals are blanked and
// back-quoted names unquoted first, so "//;" or 'LOAD CSV' inside a string do not count, and `dbms`.`x` does. This is
// only the first line of defence (clear error messages); the database enforces read-only itself. Pure.

/** The text with comments → spaces, strings → '', `quoted names` → their plain content. */
export function normalizeCypher(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (ch === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += ' ';
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      out += ' ';
    } else if (ch === "'" || ch === '"') {
      i = endOfString(text, i, ch);
      out += "''";
    } else if (ch === '`') {
      let name = '';
      i++;
      while (i < text.length) {
        if (text[i] === '`' && text[i + 1] === '`') {
          name += '`';
          i += 2;
        } else if (text[i] === '`') {
          i++;
          break;
        } else name += text[i++];
      }
      out += name.replace(/\s/g, '_');
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function endOfString(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return i;
}

/** More than one statement: a ";" that is not the very last character. */
export function hasMultipleStatements(normalized: string): boolean {
  const body = normalized.trim().replace(/;\s*$/, '');
  return body.includes(';');
}

export function withoutTrailingSemicolon(text: string): string {
  return text.trim().replace(/;\s*$/, '');
}

/** Names of the procedures called with CALL name(...) (not CALL { } or CALL (x) { } subqueries). */
export function calledProcedures(normalized: string): string[] {
  const names: string[] = [];
  for (const m of normalized.matchAll(/\bCALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)/gi)) {
    names.push((m[1] ?? '').replace(/\s/g, ''));
  }
  return names;
}

/** Databases named by USE clauses: at the start, after "{" (subqueries) and after UNION. */
export function usedDatabases(normalized: string): string[] {
  const names: string[] = [];
  for (const m of normalized.matchAll(/(?:^|\{|\bUNION(?:\s+ALL)?)\s*USE\s+([^\s{(]+(?:\([^)]*\))?)/gi)) names.push(m[1] ?? '');
  return names;
}

export const FORBIDDEN_PATTERNS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bLOAD\s+CSV\b/i, what: 'LOAD CSV reads files and URLs from the server side' },
  { pattern: /\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i, what: 'CALL … IN TRANSACTIONS' },
  { pattern: /\bPERIODIC\s+COMMIT\b/i, what: 'USING PERIODIC COMMIT' },
  { pattern: /\bTERMINATE\s+TRANSACTIONS?\b/i, what: 'TERMINATE TRANSACTIONS' },
  {
    // At the start of a statement or subquery (or after USE): not `m.start`, which is a property.
    pattern:
      /(?:^|\{|\bUSE\s+\S+)\s*(?:SHOW|GRANT|DENY|REVOKE|ALTER|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN)\b(?!\s+(?:\w+\s+){0,2}(?:INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|PROCEDURES?|FUNCTIONS?)\b)/i,
    what: 'administration commands',
  },
  { pattern: /^\s*(?:EXPLAIN|PROFILE)\b/i, what: 'EXPLAIN/PROFILE prefixes (the console explains every query itself)' },
];
