// Maintenance statements: waiting for indexes, recreating an index built with outdated options, and (tests and
// benchmarks only) emptying the graph and seeding the API's test graph and the API benchmark's synthetic graph.
export const ADMIN_NAMES = [
  'admin/await-indexes',
  'admin/await-search-refresh',
  'admin/list-outdated-search-index',
  'admin/drop-search-index',
  'admin/create-search-index-in-commit',
  'admin/delete-all-data',
  'admin/list-open-transactions',
  'admin/seed-test-graph',
  'admin/seed-bench-articles',
  'admin/seed-bench-actors',
  'admin/seed-bench-events',
  'admin/seed-bench-statements',
] as const;
