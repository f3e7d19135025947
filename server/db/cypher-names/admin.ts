// Maintenance statements: waiting for indexes, and (tests only) emptying the graph and seeding the API's test graph.
export const ADMIN_NAMES = ['admin/await-indexes', 'admin/delete-all-data', 'admin/seed-test-graph'] as const;
