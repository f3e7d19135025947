// Articles for the evidence reader: a page of summaries, or one article with its sentences and their mentions.
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { ArticleDetail, ArticleList, ArticleMention } from '../api/dto.ts';
import { nodeTypeOf } from './graph-elements.ts';
import { toArticleSummary } from './node.repository.ts';
import { int } from './query-params.ts';

export async function listArticles(db: Database, page: { limit: number; offset: number }): Promise<ArticleList> {
  const result = await db.read('read/list-articles', { limit: int(page.limit), offset: int(page.offset) });
  const first = result.records[0];
  let total = first ? Number(toJson(first.get('total'))) : 0;
  // Past the last page there are no rows to carry the total; ask again for the first page's count.
  if (!first && page.offset > 0) total = (await listArticles(db, { limit: 1, offset: 0 })).total;
  return { articles: result.records.map((r) => toArticleSummary(toJson(r.get('article')))), total };
}

interface RawSentence {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  articleId?: string | null;
  mentions: { nodeId: string; labels: string[]; start: number; end: number; text: string }[];
}

export async function getArticle(db: Database, id: string): Promise<ArticleDetail | null> {
  const result = await db.read('read/get-article', { id });
  const record = result.records[0];
  if (!record) return null;
  const article = toJson(record.get('article')) as Record<string, unknown>;
  const sentences = toJson(record.get('sentences')) as unknown as RawSentence[];
  return {
    article: { ...toArticleSummary(article), text: typeof article['text'] === 'string' ? article['text'] : '' },
    sentences: sentences.map((s) => ({
      id: s.id,
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      articleId: s.articleId ?? id,
      mentions: s.mentions.map(
        (m): ArticleMention => ({ nodeId: m.nodeId, type: nodeTypeOf(m.labels), start: m.start, end: m.end, text: m.text ?? '' }),
      ),
    })),
  };
}
