// What happens when something is selected: fetch its details (and, for actors, their statements) and render the
// side panel; evidence opens the reader at the sentence.
import { api, ApiError } from '../api.ts';
import type { EvidenceSentence } from '../../../server/api/dto.ts';
import type { GraphView } from '../graph/view.ts';
import { renderEdgeDetails, renderMessage, renderNodeDetails, type DetailHandlers, type Quote } from './details-panel.ts';
import { articleIdOfSentence, renderReader } from './reader-panel.ts';
import { describeCounts, type ExpandPreview } from '../graph/expand-page.ts';
import { el, fill } from './dom.ts';

export interface ExpandActions {
  expand(id: string): void;
  preview(id: string): Promise<ExpandPreview>;
}

/** The preview under a node's details: what expanding it would add, and the button that adds the next page. */
async function fillPreview(box: HTMLElement, id: string, actions: ExpandActions, isCurrent: () => boolean): Promise<void> {
  try {
    const preview = await actions.preview(id);
    if (!isCurrent()) return;
    if (preview.total === 0) return fill(box, ['Everything next to this node is on the canvas.']);
    fill(box, [
      `Beyond: ${describeCounts(preview.byType)} — `,
      el('button', { text: `load next ${Math.min(20, preview.total)}`, attrs: { type: 'button', id: 'btn-load-next' }, on: { click: () => actions.expand(id) } }),
    ]);
  } catch {
    if (isCurrent()) fill(box, []);
  }
}

export function createSelectionController(view: () => GraphView, details: HTMLElement, reader: HTMLElement, actions: ExpandActions) {
  const onExpand = (id: string) => actions.expand(id);
  let generation = 0;

  const handlers: DetailHandlers = {
    onEvidence: (sentenceId) => void openEvidence(sentenceId),
    onExpand,
    onSelect: (id) => {
      view().select(id);
      void show(id, 'nodes');
    },
  };

  async function openEvidence(sentenceId: string, articleIdHint?: string | null): Promise<void> {
    const articleId = articleIdHint ?? articleIdOfSentence(sentenceId);
    if (!articleId) return;
    try {
      const article = await api.article(articleId);
      renderReader(reader, article, sentenceId, () => { reader.hidden = true; });
    } catch (error) {
      reader.hidden = false;
      renderMessage(reader, error instanceof Error ? error.message : String(error), true);
    }
  }

  async function quotesOf(id: string, date: string | null): Promise<Quote[]> {
    const hood = await api.neighbours(id, { types: ['statement'], limit: 200 });
    const said = new Set(hood.edges.filter((e) => e.type === 'SAID' && e.source === id).map((e) => e.target));
    return hood.nodes
      .filter((n) => said.has(n.id))
      .map((n) => ({
        id: n.id,
        text: typeof n.properties.text === 'string' ? n.properties.text : n.label,
        mode: typeof n.properties.mode === 'string' ? n.properties.mode : 'reported',
        speaker: hood.nodes.find((x) => x.id === id)?.label ?? id,
        date,
      }));
  }

  /** Sentences behind an edge: its own sentenceIds' evidence via the events and statements it rests on. */
  async function edgeEvidence(data: Record<string, unknown>): Promise<EvidenceSentence[]> {
    const sources = Array.isArray(data.evidenceIds) ? (data.evidenceIds as string[]) : [];
    const details = await Promise.all(sources.slice(0, 12).map((id) => api.node(id).catch(() => null)));
    const byId = new Map<string, EvidenceSentence>();
    for (const d of details) for (const s of d?.evidence ?? []) byId.set(s.id, s);
    return [...byId.values()].sort((a, b) => a.index - b.index);
  }

  async function show(id: string | null, group: 'nodes' | 'edges' | null): Promise<void> {
    const mine = ++generation;
    if (!id || !group) {
      renderMessage(details, 'Click a node or an edge to see its properties, statements and evidence.');
      return;
    }
    renderMessage(details, 'Loading…');
    try {
      if (group === 'nodes') {
        const detail = await api.node(id);
        const quotes = id.startsWith('actor:') ? await quotesOf(id, detail.articles[0]?.publishedAt ?? null) : [];
        if (mine !== generation) return;
        renderNodeDetails(details, detail, quotes, handlers);
        const box = el('p', { className: 'preview', attrs: { id: 'expand-preview', 'aria-live': 'polite' }, text: 'Looking beyond…' });
        details.querySelector('h3 + p')?.after(box);
        void fillPreview(box, id, actions, () => mine === generation);
      } else {
        const data = view().dataOf(id) ?? {};
        const label = (nodeId: string) => String(view().dataOf(nodeId)?.label ?? nodeId);
        const evidence = await edgeEvidence(data);
        if (mine !== generation) return;
        renderEdgeDetails(details, {
          id,
          source: String(data.source),
          target: String(data.target),
          sourceLabel: label(String(data.source)),
          targetLabel: label(String(data.target)),
          relType: String(data.relType ?? ''),
          count: Number(data.count ?? 1),
          stance: typeof data.stance === 'number' ? Math.round(data.stance * 100) / 100 : null,
          eventTypes: Array.isArray(data.eventTypes) ? (data.eventTypes as string[]) : [],
        }, evidence, handlers);
      }
    } catch (error) {
      if (mine === generation) renderMessage(details, error instanceof ApiError ? error.message : String(error), true);
    }
  }

  return { show, openEvidence };
}
