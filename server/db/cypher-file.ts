// Parses one .cypher file: a header of `//` comment lines, then exactly one statement.
//   // What the statement does and why (free text, one or more lines).
//   // params: $id string (the node id), $limit integer = 25 (rows at most)      or: params: none
//   // columns: id, name, kind                                                    or: columns: none
// The header is what GET /api/queries shows, and what the console's saved queries are validated against.
export type CypherParamType = 'string' | 'integer' | 'float' | 'boolean' | 'date' | 'string[]';

export interface CypherParam {
  name: string;
  type: CypherParamType;
  defaultValue: string | null;
  description: string;
}

export interface CypherFile {
  description: string;
  params: CypherParam[];
  columns: string[];
  statement: string;
}

const PARAM_TYPES: readonly CypherParamType[] = ['string', 'integer', 'float', 'boolean', 'date', 'string[]'];
const PARAM_PATTERN = /^\$(\w+)\s+(string\[\]|\w+)(?:\s*=\s*(\S+))?(?:\s*\(([^)]*)\))?$/;

export function parseCypherFile(name: string, text: string): CypherFile {
  const lines = text.split(/\r?\n/);
  const header = lines.filter((l) => l.trimStart().startsWith('//')).map((l) => l.trim().replace(/^\/\/\s?/, ''));
  const body = lines.filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
  const fail = (why: string): never => {
    throw new Error(`cypher/${name}.cypher: ${why}`);
  };
  if (body.length === 0) fail('no statement');
  // One statement per file: a `;` outside strings would start a second one.
  if (stripStrings(body).includes(';')) fail('one statement per file, no ";"');

  const paramsLine = header.find((l) => l.startsWith('params:')) ?? fail('header needs a "params:" line');
  const columnsLine = header.find((l) => l.startsWith('columns:')) ?? fail('header needs a "columns:" line');
  const description = header.filter((l) => !l.startsWith('params:') && !l.startsWith('columns:')).join(' ').trim();
  if (description.length === 0) fail('header needs a description');

  const paramsText = paramsLine.slice('params:'.length).trim();
  const params = paramsText === 'none' ? [] : splitTopLevel(paramsText).map((p) => parseParam(p, fail));
  const columnsText = columnsLine.slice('columns:'.length).trim();
  const columns = columnsText === 'none' ? [] : columnsText.split(',').map((c) => c.trim()).filter(Boolean);

  for (const p of params) if (!body.includes(`$${p.name}`)) fail(`param $${p.name} is declared but not used`);
  return { description, params, columns, statement: body };
}

function parseParam(text: string, fail: (why: string) => never): CypherParam {
  const m = PARAM_PATTERN.exec(text.trim()) ?? fail(`cannot read param "${text}"`);
  const type = m[2] as CypherParamType;
  if (!PARAM_TYPES.includes(type)) fail(`param $${m[1]} has unknown type ${type}`);
  return { name: m[1] ?? '', type, defaultValue: m[3] ?? null, description: (m[4] ?? '').trim() };
}

// Split on commas that are not inside parentheses (descriptions may contain commas).
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

function stripStrings(cypher: string): string {
  return cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''");
}
