// The side panel for the selected node or edge: properties, statements (quote, speaker, date) and evidence
// sentences. Evidence buttons open the article reader at that sentence. All text goes in as text (dom.ts).
import type { EvidenceSentence, GraphNode, NodeDetail } from '../../../server/api/dto.ts';
import { el, fill } from './dom.ts';

export interface Quote {
  id: string;
  text: string;
  mode: string;
  speaker: string;
  date: string | null;
}

export interface DetailHandlers {
  onEvidence(sentenceId: string): void;
  onExpand(id: string): void;
  onSelect(id: string): void;
}

function propertiesTable(properties: Record<string, unknown>, skip: string[] = []): HTMLTableElement {
  const rows = Object.entries(properties)
    .filter(([key]) => !skip.includes(key))
    .map(([key, value]) =>
      el('tr', {}, [el('th', { text: key }), el('td', { text: Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value) })]),
    );
  return el('table', { className: 'props' }, [el('tbody', {}, rows)]);
}

function evidenceList(evidence: EvidenceSentence[], handlers: DetailHandlers): HTMLElement {
  if (evidence.length === 0) return el('p', { className: 'hint', text: 'No evidence sentences.' });
  return el('div', {}, evidence.map((s) =>
    el('button', { className: 'evidence', attrs: { type: 'button', 'data-sentence': s.id, title: 'Open in the article' }, on: { click: () => handlers.onEvidence(s.id) } }, [
      el('span', { className: 'hint', text: `#${s.index + 1} ` }), s.text,
    ])));
}

function quoteList(quotes: Quote[]): HTMLElement {
  if (quotes.length === 0) return el('p', { className: 'hint', text: 'No statements.' });
  return el('div', {}, quotes.map((q) =>
    el('blockquote', { className: 'quote', attrs: { 'data-statement': q.id } }, [
      el('div', { text: q.mode === 'direct' ? `“${q.text}”` : q.text }),
      el('div', { className: 'meta', text: `${q.speaker}${q.date ? ` · ${q.date}` : ''} · ${q.mode === 'direct' ? 'quote' : 'reported'}` }),
    ])));
}

export function renderNodeDetails(container: HTMLElement, detail: NodeDetail, quotes: Quote[], handlers: DetailHandlers): void {
  const node: GraphNode = detail.node;
  fill(container, [
    el('h3', { text: node.label }),
    el('p', { className: 'hint', text: `${node.kind} · ${node.id}` }),
    el('div', {}, [
      el('button', { text: 'Expand', attrs: { type: 'button' }, on: { click: () => handlers.onExpand(node.id) } }),
    ]),
    propertiesTable(node.properties, ['id']),
    el('h2', { text: `Statements (${quotes.length})` }),
    quoteList(quotes),
    el('h2', { text: `Evidence (${detail.evidence.length})` }),
    evidenceList(detail.evidence, handlers),
    detail.articles.length > 0 ? el('p', { className: 'hint', text: `From: ${detail.articles.map((a) => a.title).join('; ')}` }) : null,
  ]);
}

export interface EdgeInfo {
  id: string;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  relType: string;
  count: number;
  stance: number | null;
  eventTypes: string[];
}

export function renderEdgeDetails(container: HTMLElement, edge: EdgeInfo, evidence: EvidenceSentence[], handlers: DetailHandlers): void {
  fill(container, [
    el('h3', { text: `${edge.sourceLabel} → ${edge.targetLabel}` }),
    el('p', { className: 'hint', text: edge.relType }),
    propertiesTable({ count: edge.count, stance: edge.stance ?? '—', 'event types': edge.eventTypes.join(', ') || '—' }),
    el('div', {}, [
      el('button', { text: edge.sourceLabel, attrs: { type: 'button' }, on: { click: () => handlers.onSelect(edge.source) } }), ' ',
      el('button', { text: edge.targetLabel, attrs: { type: 'button' }, on: { click: () => handlers.onSelect(edge.target) } }),
    ]),
    el('h2', { text: `Evidence (${evidence.length})` }),
    evidenceList(evidence, handlers),
  ]);
}

export function renderMessage(container: HTMLElement, message: string, isError = false): void {
  fill(container, [el('p', { className: isError ? 'error' : 'hint', text: message, attrs: isError ? { role: 'alert' } : {} })]);
}
