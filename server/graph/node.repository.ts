// One node with its evidence sentences and articles (GET /api/nodes/:id).
import type { Database } from '../db/database.ts';
import { toJson } from '../db/to-json.ts';
import type { ArticleSummary, EvidenceSentence, GraphNode, NodeDetail } from '../api/dto.ts';
import { asNode, toGraphNode } from './graph-elements.ts';
import { int } from './query-params.ts';
import { idsByLabel } from './ids-by-label.ts';

const EVIDENCE_LIMIT = 200;

export async function getNodeDetail(db: Database, id: string): Promise<NodeDetail | null> {
  const result = await db.read('read/get-node-detail', { id, evidenceLimit: int(EVIDENCE_LIMIT) });
  const record = result.records[0];
  if (!record) return null;
  const evidence = toJson(record.get('evidence')) as unknown as EvidenceSentence[];
  const articleIds = [...new Set((toJson(record.get('articleIds')) as unknown[]).filter((a): a is string => typeof a === 'string'))];
  const articles = articleIds.length > 0 ? await listArticlesById(db, articleIds) : [];
  return {
    node: toGraphNode(asNode(record.get('node'))),
    evidence: evidence.map((e) => ({ ...e, articleId: e.articleId ?? null, mentions: e.mentions ?? [] })),
    articles,
  };
}

export async function listArticlesById(db: Database, ids: string[]): Promise<ArticleSummary[]> {
  const result = await db.read('read/list-articles-by-id', { ids });
  return result.records.map((r) => toArticleSummary(toJson(r.get('article'))));
}

/** Missing optional properties become null so every summary has the same keys. */
export function toArticleSummary(value: unknown): ArticleSummary {
  const a = (value ?? {}) as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: String(a['id']),
    title: str(a['title']) ?? '',
    source: str(a['source']) ?? '',
    url: str(a['url']),
    publishedAt: str(a['publishedAt']),
    ingestedAt: str(a['ingestedAt']),
    extractor: str(a['extractor']),
    sentenceCount: typeof a['sentenceCount'] === 'number' ? a['sentenceCount'] : 0,
  };
}

/** The nodes among `ids` that exist, by id. */
export async function getNodesById(db: Database, ids: string[]): Promise<Map<string, GraphNode>> {
  const result = await db.read('read/get-nodes-by-id', { ...idsByLabel(ids) });
  const nodes = result.records.map((r) => toGraphNode(asNode(r.get('node'))));
  return new Map(nodes.map((n) => [n.id, n]));
}
