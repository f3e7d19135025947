// The small form a saved query with parameters gets: one input per header param (typed: number, date, checkbox,
// comma-separated list), prefilled with the default. readParams turns the raw inputs into typed values (pure, unit
// tested); the server checks them again against the same header, so a wrong value comes back as its inline error.
import type { SavedQuery, SavedQueryParam } from '../../../server/api/console-dto.ts';
import { el, fill } from './dom.ts';

export type RawValue = string | boolean;

export type ParamsOutcome = { ok: true; params: Record<string, unknown> } | { ok: false; errors: string[] };

function readOne(param: SavedQueryParam, raw: RawValue): unknown {
  if (param.type === 'boolean') return raw === true || raw === 'true';
  const text = String(raw).trim();
  switch (param.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(text)) throw new Error('a whole number');
      return Number(text);
    }
    case 'float': {
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw new Error('a number');
      return n;
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error('a date YYYY-MM-DD');
      return text;
    case 'string[]':
      return text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    default:
      return text;
  }
}

/** Raw form values → typed params. Blank optional params are left out (the server fills the default). */
export function readParams(params: readonly SavedQueryParam[], raw: Readonly<Record<string, RawValue>>): ParamsOutcome {
  const out: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const param of params) {
    const value = raw[param.name];
    const blank = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (blank && param.type !== 'boolean') {
      if (param.required) errors.push(`${param.name}: required`);
      continue;
    }
    try {
      out[param.name] = readOne(param, value ?? false);
    } catch (error) {
      errors.push(`${param.name}: must be ${error instanceof Error ? error.message : 'valid'}`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: out };
}

const INPUT_TYPES: Record<SavedQueryParam['type'], string> = {
  string: 'text', integer: 'number', float: 'number', boolean: 'checkbox', date: 'date', 'string[]': 'text',
};

const defaultText = (param: SavedQueryParam): string =>
  param.default === undefined || param.default === null ? '' : Array.isArray(param.default) ? param.default.join(', ') : String(param.default);

/** Renders the form into `host` (or hides it for a query without params); `onRun` gets the parsed params. */
export function renderParamForm(host: HTMLFormElement, query: SavedQuery | null, onRun: (name: string, params: Record<string, unknown>) => void, onInvalid: (errors: string[]) => void): void {
  if (!query || query.params.length === 0) {
    fill(host, []);
    host.hidden = true;
    return;
  }
  const inputs = query.params.map((param) => {
    const type = INPUT_TYPES[param.type];
    const attrs: Record<string, string> = { name: param.name, type, 'data-type': param.type };
    if (type === 'checkbox') {
      if (param.default === true) attrs.checked = '';
    } else attrs.value = defaultText(param);
    if (param.type === 'float') attrs.step = 'any';
    if (param.type === 'string[]') attrs.placeholder = 'a, b, c';
    return el('label', { className: 'param', attrs: { title: param.description } }, [
      el('span', { text: `${param.name}${param.required ? ' *' : ''}` }),
      el('input', { attrs }),
    ]);
  });
  fill(host, [
    el('span', { className: 'hint', text: `${query.name}:` }),
    ...inputs,
    el('button', { text: 'Run saved query', attrs: { type: 'submit', id: 'console-run-saved' } }),
  ]);
  host.hidden = false;
  host.onsubmit = (event) => {
    event.preventDefault();
    const raw: Record<string, RawValue> = {};
    for (const input of host.querySelectorAll('input')) raw[input.name] = input.type === 'checkbox' ? input.checked : input.value;
    const outcome = readParams(query.params, raw);
    if (outcome.ok) onRun(query.name, outcome.params);
    else onInvalid(outcome.errors);
  };
}
