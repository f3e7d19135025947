// Time filters and the timeline read events by date.
// params: none
// columns: none
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)
