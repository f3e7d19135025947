// Filters by event type ("only MISSILE_LAUNCH and THREAT").
// params: none
// columns: none
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)
