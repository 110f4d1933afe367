-- Indexes the lists need once the data is large (tests/AzChina.Api.Tests/QueryPlanTests.cs guards them).
--
-- Lists sort by a stored text key per direction (sort_asc oldest first, sort_desc newest first), which
-- puts undated records last either way (db/0001_schema.sql); the events' indexes are with their table.
-- An index on the key and id lets a page walk the index and stop after LIMIT rows instead of sorting
-- every agreement; with status or kind in front, the same for the filtered lists. search_rowid in the
-- unfiltered lists' indexes: a page reads each agreement's stored JSON by one seek (issue 15).
CREATE INDEX agreements_newest        ON agreements (sort_desc, id, search_rowid);
CREATE INDEX agreements_oldest        ON agreements (sort_asc, id, search_rowid);
CREATE INDEX agreements_status_newest ON agreements (status, sort_desc, id);
CREATE INDEX agreements_status_oldest ON agreements (status, sort_asc, id);
CREATE INDEX agreements_kind_newest   ON agreements (kind, sort_desc, id);
CREATE INDEX agreements_kind_oldest   ON agreements (kind, sort_asc, id);
