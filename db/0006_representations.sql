-- What the API serves, stored at build time (issue 15): each record's public JSON, rendered by the
-- API's own queries, DTOs and serializer options (src/AzChina.Api/Stored), so a page is one query that
-- reads the stored bytes of its rows instead of thousands of values one native call at a time.
-- Both are rowid tables, not WITHOUT ROWID: there a row over about 1 KB spills to overflow pages that
-- SQLite reads from the file on every query, bypassing its page cache.

-- Each event, agreement and actor as a list shows it, under the record's search_rowid (its rowid in
-- search_index, so unique across the three). The lists' indexes carry search_rowid, so a page finds each
-- row's JSON by one rowid seek; by (kind, id) it took two (that index, then the row), the most of a page's
-- time in SQLite.
-- The rowid is a named column, so that copying the table (src/AzChina.Data/RepresentationsAside.cs) keeps it.
CREATE TABLE listed_representations (
    search_rowid INTEGER PRIMARY KEY,
    json         BLOB NOT NULL
);

-- A record in detail and a metric's series, under the id or name the URL gives: one row per request,
-- for which a second seek is measured to be little. kind names the shape: 'event.detail',
-- 'actor.detail', 'agreement.detail', 'metric.series' (the series with no filters).
CREATE TABLE representations (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    json BLOB NOT NULL,
    UNIQUE (kind, id)
);
