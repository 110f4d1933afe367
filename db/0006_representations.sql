-- What the API serves, stored at build time (issue 15): each record's public JSON, rendered by the
-- API's own queries, DTOs and serializer options (src/AzChina.Api/Stored), so a page is one query that
-- reads the stored bytes of its rows instead of thousands of values one native call at a time.
-- kind names the shape: 'event' (as listed), 'event.detail', 'actor', 'actor.detail', 'agreement',
-- 'agreement.detail', 'metric.series' (the series with no filters, keyed by metric name).
-- A rowid table, not WITHOUT ROWID: there a row over about 1 KB spills to overflow pages that SQLite
-- reads from the file on every query, bypassing its page cache.
CREATE TABLE representations (
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    json BLOB NOT NULL,
    UNIQUE (kind, id)
);
