// GET /api/openapi.json: an OpenAPI 3.1 document generated from the zod schemas, whose every path is really served
// and whose response schemas describe what the server really answers.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from './seed.ts';
import { ENDPOINTS } from '../../../server/openapi/endpoints.ts';

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

describe('GET /api/openapi.json', () => {
  const seeded = useSeededApp();

  it('describes every endpoint with parameters, bodies and component schemas', async () => {
    const { status, body } = await seeded.get<OpenApi>('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).sort()).toEqual([...new Set(ENDPOINTS.map((e) => e.path.replace(/:(\w+)/g, '{$1}')))].sort());
    const neighbours = body.paths['/api/nodes/{id}/neighbours']?.['get'];
    expect(neighbours?.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      'path:id:true', 'query:depth:false', 'query:types:false', 'query:limit:false',
    ]);
    expect(body.paths['/api/paths']?.['get']?.parameters.filter((p) => p.required).map((p) => p.name)).toEqual(['from', 'to']);
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(['GraphNode', 'GraphEdge', 'QueryResult', 'Error', 'ConsoleRequest']));
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(body.components.schemas, ref).toHaveProperty(ref as string);
  });

  it('lists only paths the server serves (no "No route" 404)', async () => {
    const sample: Record<string, string> = { id: 'actor:kcna', name: 'count-graph' };
    for (const e of ENDPOINTS) {
      const path = e.path.replace(/:(\w+)/g, (_m, p: string) => (e.path.startsWith('/api/articles') ? 'article:nk-drills' : sample[p] ?? 'x'));
      const response = await fetch(`${seeded.app.baseUrl}${path}`, { method: e.method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: e.method === 'post' ? '{}' : null });
      const text = await response.text();
      expect(text, `${e.method} ${path}`).not.toContain('No route');
    }
  });
});
