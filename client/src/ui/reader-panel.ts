// The article reader: the article's sentences as text, one highlighted and scrolled into view. Markup in an article
// is shown literally (textContent), never parsed.
import type { ArticleDetail } from '../../../server/api/dto.ts';
import { el, fill } from './dom.ts';

/** sentence:<articleSlug>:<index> → article:<articleSlug> (ids are deterministic, see DESIGN.md). */
export function articleIdOfSentence(sentenceId: string): string | null {
  const match = /^sentence:(.+):\d+$/.exec(sentenceId);
  return match ? `article:${match[1]}` : null;
}

export function renderReader(container: HTMLElement, detail: ArticleDetail, highlightId: string | null, onClose: () => void): void {
  container.hidden = false;
  const paragraphs = detail.sentences.map((s) => {
    const p = el('p', { attrs: { 'data-sentence': s.id } });
    if (s.id === highlightId) p.append(el('mark', { text: s.text, attrs: { id: 'reader-highlight', tabindex: '-1' } }));
    else p.textContent = s.text;
    return p;
  });
  fill(container, [
    el('div', { className: 'row' }, [
      el('h3', { text: detail.article.title }),
      el('button', { text: 'Close', attrs: { type: 'button', 'aria-label': 'Close the article' }, on: { click: onClose } }),
    ]),
    el('p', { className: 'hint', text: [detail.article.source, detail.article.publishedAt].filter(Boolean).join(' · ') }),
    el('article', { attrs: { 'aria-label': 'Article text' } }, paragraphs),
  ]);
  const mark = container.querySelector<HTMLElement>('#reader-highlight');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}
