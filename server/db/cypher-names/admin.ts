// Maintenance statements: waiting for indexes, and (tests only) emptying the graph.
export const ADMIN_NAMES = ['admin/await-indexes', 'admin/delete-all-data'] as const;
