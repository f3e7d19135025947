// The Cypher console: CodeMirror 6 with Cypher highlighting, Ctrl+Enter to run, results as a table and as graph
// (merged into or replacing the view), errors inline, a history, and the saved queries from cypher/read/ (with a
// small form for their parameters). Closed by default so the graph gets the room; the head bar or Ctrl+` opens it.
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import type { QueryResult, SavedQuery } from '../../../server/api/console-dto.ts';
import { el, fill } from './dom.ts';
import { renderParamForm } from './saved-query-form.ts';

export interface ConsoleOptions {
  run(query: string): Promise<QueryResult>;
  runSaved(name: string, params: Record<string, unknown>): Promise<QueryResult>;
  onGraph(result: QueryResult, merge: boolean): void;
}

const HISTORY_KEY = 'newsgraph.console.history';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.id === 'string' && typeof v.label === 'string') return `(${v.label})`;
    // A node as the driver gives it ({ elementId, labels, properties }): its labels and the name a person reads.
    if (Array.isArray(v.labels) && typeof v.properties === 'object' && v.properties !== null) {
      const p = v.properties as Record<string, unknown>;
      const name = [p.name, p.title, p.summary, p.text, p.id].find((x) => typeof x === 'string');
      return `(:${v.labels.join(':')}${typeof name === 'string' ? ` ${name.length > 80 ? `${name.slice(0, 79)}…` : name}` : ''})`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function resultTable(result: QueryResult, maxRows = 200): HTMLTableElement {
  return el('table', {}, [
    el('thead', {}, [el('tr', {}, result.columns.map((c) => el('th', { text: c })))]),
    el('tbody', {}, result.rows.slice(0, maxRows).map((row) => el('tr', {}, result.columns.map((c) => el('td', { text: cell(row[c]) }))))),
  ]);
}

export function mountConsole(options: ConsoleOptions) {
  const host = document.getElementById('console-editor') as HTMLElement;
  const errorBox = document.getElementById('console-error') as HTMLElement;
  const summary = document.getElementById('console-summary') as HTMLElement;
  const table = document.getElementById('console-table') as HTMLElement;
  const merge = document.getElementById('console-merge') as HTMLInputElement;
  const saved = document.getElementById('console-saved') as HTMLSelectElement;
  const historySelect = document.getElementById('console-history') as HTMLSelectElement;
  let history: string[] = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as string[];
  let savedQueries: SavedQuery[] = [];
  const paramForm = document.getElementById('console-params') as HTMLFormElement;
  const section = document.getElementById('console') as HTMLElement;
  const toggle = document.getElementById('console-toggle') as HTMLButtonElement;

  const renderHistory = () => {
    fill(historySelect, [el('option', { text: 'History…', attrs: { value: '' } }), ...history.map((q, i) => el('option', { text: q.replace(/\s+/g, ' ').slice(0, 80), attrs: { value: String(i) } }))]);
  };

  const showError = (message: string) => {
    summary.textContent = '';
    fill(table, []);
    errorBox.hidden = false;
    errorBox.textContent = message;
  };

  const execute = async (work: () => Promise<QueryResult>, remember: string | null) => {
    errorBox.hidden = true;
    summary.textContent = 'Running…';
    try {
      const result = await work();
      if (remember) {
        history = [remember, ...history.filter((q) => q !== remember)].slice(0, 30);
        localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
        renderHistory();
      }
      summary.textContent = `${result.summary.rowCount} rows${result.summary.truncated ? ` (first ${result.summary.maxRows})` : ''} · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships · ${Math.round(result.summary.elapsedMs)} ms`;
      fill(table, [resultTable(result)]);
      if (result.graph.nodes.length > 0) options.onGraph(result, merge.checked);
    } catch (error) {
      const code = (error as { code?: string }).code;
      showError(`${code ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const run = async () => {
    const query = editor.state.doc.toString().trim();
    if (query) await execute(() => options.run(query), query);
  };

  const editor = new EditorView({
    doc: 'MATCH (a:Actor)-[:SAID]->(s:Statement)\nRETURN a, s LIMIT 25',
    parent: host,
    extensions: [
      keymap.of([{ key: 'Mod-Enter', run: () => { void run(); return true; } }]),
      basicSetup,
      StreamLanguage.define(cypher),
      EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
      EditorView.lineWrapping,
    ],
  });

  const setQuery = (query: string) => editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query } });

  document.getElementById('console-run')?.addEventListener('click', () => void run());
  historySelect.addEventListener('change', () => {
    const q = history[Number(historySelect.value)];
    if (q) setQuery(q);
    historySelect.value = '';
  });
  saved.addEventListener('change', () => {
    const q = savedQueries.find((s) => s.name === saved.value) ?? null;
    if (q) setQuery(`// ${q.description}\n${q.statement}`);
    renderParamForm(paramForm, q, (name, params) => void execute(() => options.runSaved(name, params), null), (errors) => showError(errors.join('; ')));
    saved.value = '';
  });
  renderHistory();

  const setOpen = (open: boolean) => {
    section.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    for (const part of section.querySelectorAll<HTMLElement>('[data-console-part]')) part.hidden = !open;
    if (open) editor.focus();
  };
  toggle.addEventListener('click', () => setOpen(!section.classList.contains('open')));
  setOpen(false);

  return {
    setSavedQueries(queries: SavedQuery[]) {
      savedQueries = queries;
      fill(saved, [el('option', { text: 'Saved queries…', attrs: { value: '' } }), ...queries.map((q) => el('option', { text: q.name, attrs: { value: q.name, title: q.description } }))]);
    },
    setQuery,
    run,
    toggle: () => setOpen(!section.classList.contains('open')),
  };
}
