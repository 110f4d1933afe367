-- An agreement's or actor's search_rowid, as events_search_rowid (db/0001_schema.sql) is an event's: the build renders
-- the stored representations in parts, each the records of one kind numbered First to Last
-- (src/AzChina.Api/Stored/StoredRepresentations.cs), which two threads take from either end.
CREATE UNIQUE INDEX agreements_search_rowid ON agreements (search_rowid);
CREATE UNIQUE INDEX actors_search_rowid     ON actors (search_rowid);
