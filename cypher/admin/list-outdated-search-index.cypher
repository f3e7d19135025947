// Schema upgrade (server/db/schema-upgrade.ts): names the full-text index `search` when it exists with options other
// than schema/create-fulltext-search's (built before it was eventually consistent). CREATE … IF NOT EXISTS keeps an
// index with other options as it is, so such an index is dropped and created again.
// params: none
// columns: name
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = 'search' AND coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) <> true
RETURN name
