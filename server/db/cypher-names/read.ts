// Read queries: the repositories' and the console's saved queries (GET /api/queries lists these).
export const READ_NAMES = ['read/count-graph', 'read/get-server-components'] as const;
