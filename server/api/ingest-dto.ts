// POST /api/articles: a new article as the client sends it (flat: text plus metadata) and what the server answers.
// Mirrors the loader's article input (server/loader/article-input.ts), which validates it once more before extraction.
import { z } from 'zod';
import { articleSummarySchema } from './dto.ts';

export const ingestRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    text: z.string().min(1).max(200_000),
    source: z.string().max(300).optional(),
    url: z.string().url().optional(),
    language: z.string().min(2).max(20).optional(),
  })
  .meta({ id: 'IngestRequest' });
export type IngestRequest = z.infer<typeof ingestRequestSchema>;

export const ingestResponseSchema = z
  .object({
    article: articleSummarySchema,
    ingest: z.object({
      articleId: z.string(),
      changed: z.boolean().describe('false when the same article was already loaded exactly so'),
      elements: z.number().int().describe('nodes plus relationships the article describes'),
      nodesCreated: z.number().int(),
      nodesDeleted: z.number().int(),
      relationshipsCreated: z.number().int(),
      relationshipsDeleted: z.number().int(),
      propertiesSet: z.number().int(),
      labelsAdded: z.number().int(),
      labelsRemoved: z.number().int(),
    }),
  })
  .meta({ id: 'IngestResponse' });
export type IngestResponse = z.infer<typeof ingestResponseSchema>;
