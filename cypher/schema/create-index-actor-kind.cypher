// Filters by actor kind ("only states and people").
// params: none
// columns: none
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)
