// Read queries: the repositories' and the console's saved queries (GET /api/queries lists these).
export const READ_NAMES = [
  'read/count-graph',
  'read/get-server-components',
  'read/get-node-detail',
  'read/list-articles-by-id',
  'read/list-articles',
  'read/get-article',
  'read/expand-neighbours',
  'read/get-nodes-by-id',
  'read/find-shortest-paths',
  'read/search-nodes',
  'read/list-timeline',
  'read/get-relation-graph',
  'read/get-full-graph',
] as const;
