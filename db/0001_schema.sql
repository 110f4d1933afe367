-- The AzChina dataset. Built once from seeds/*.json by the API at start-up, then only read.
-- Vocabulary columns hold the snake_case wire names (government_body, state_visit, USD).
-- Dates are ISO-8601 TEXT. An event's or agreement's date is stored as served (EDTF, kind, how it is
-- known, basis, each end as its first day and precision) and as the days the lists filter and sort by,
-- computed at build time (src/AzChina.Data/DateColumns.cs, docs/time-model.md):
--   earliest_day..latest_day  every day it may touch: dateMatch=possible ('0001-01-01'/'9999-12-31' when open)
--   certain_first, certain_last  a window [from, to] certainly holds it when certain_first <= to AND
--                              certain_last >= from (the default); NULL for an unknown date
--   sort_asc, sort_desc       the sort key as text per direction, undated last in both

CREATE TABLE dataset_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
    id                     TEXT PRIMARY KEY,
    document               TEXT NOT NULL,
    outlet                 TEXT NOT NULL,
    title                  TEXT,
    author                 TEXT,
    published_on           TEXT NOT NULL,
    published_on_estimated INTEGER NOT NULL CHECK (published_on_estimated IN (0, 1)),
    note                   TEXT,
    -- The outlet and the by-line as actors (media, person), where the data has them.
    outlet_id              TEXT REFERENCES actors (id),
    author_id              TEXT REFERENCES actors (id)
) WITHOUT ROWID;
CREATE INDEX sources_published_on ON sources (published_on, id);
CREATE INDEX sources_outlet ON sources (outlet, id);

CREATE TABLE actors (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    country TEXT,
    role    TEXT,
    -- The rowid of its row in search_index, and of its JSON as listed (db/0006_representations.sql).
    search_rowid INTEGER
) WITHOUT ROWID;
-- search_rowid in the list's index: a page reads each actor's stored JSON by one seek (issue 15).
CREATE INDEX actors_name ON actors (name COLLATE NOCASE, id, search_rowid);
CREATE INDEX actors_kind ON actors (kind, id);
CREATE INDEX actors_country ON actors (country, id);

CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, position)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_alias ON actor_aliases (alias COLLATE NOCASE);

CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    date_edtf        TEXT NOT NULL,
    date_kind        TEXT NOT NULL CHECK (date_kind IN ('single', 'range', 'bounded', 'unknown')),
    date_known       TEXT NOT NULL CHECK (date_known IN ('stated', 'resolved', 'not_given')),
    date_basis       TEXT,
    date_start       TEXT,
    date_start_precision TEXT CHECK (date_start_precision IN ('day', 'month', 'year')),
    date_end         TEXT,
    date_end_precision TEXT CHECK (date_end_precision IN ('day', 'month', 'year')),
    earliest_day     TEXT NOT NULL,
    latest_day       TEXT NOT NULL,
    certain_first    TEXT,
    certain_last     TEXT,
    sort_asc         TEXT NOT NULL,
    sort_desc        TEXT NOT NULL,
    date_note        TEXT,
    type             TEXT NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT,
    location         TEXT,
    location_country TEXT,
    assertion        TEXT NOT NULL,
    asserted_by      TEXT REFERENCES actors (id),
    status           TEXT NOT NULL,
    -- The occasion this event is part of (a statement at a meeting, a meeting during a visit), or NULL.
    part_of          TEXT REFERENCES events (id),
    -- Who said it, for an utterance (statement, announcement, ...) or the interviewee of an interview.
    speaker          TEXT REFERENCES actors (id),
    location_basis   TEXT CHECK (location_basis IN ('stated', 'assumed_from_dateline', 'inferred_from_text')),
    location_note    TEXT,
    -- The event's place in (sort_asc, id) order, 1 for the oldest, and the rowid of its row in
    -- search_index (src/AzChina.Data/RecordNumbers.cs sets both). FTS5 returns matches in
    -- rowid order, so /events?q= reads the matches newest (or oldest) first and stops after one page;
    -- joining on an event id instead made it read and sort every match, which for a common phrase in
    -- a million events took half a second. It is also the rowid of its JSON as listed (db/0006_representations.sql).
    search_rowid     INTEGER
) WITHOUT ROWID;
-- search_rowid in the lists' indexes: a page reads each event's stored JSON by one seek (issue 15).
CREATE INDEX events_oldest ON events (sort_asc, id, search_rowid);
CREATE INDEX events_newest ON events (sort_desc, id, search_rowid);
CREATE UNIQUE INDEX events_search_rowid ON events (search_rowid);
CREATE INDEX events_part_of ON events (part_of, sort_asc, id);
CREATE INDEX events_speaker ON events (speaker);

-- What each document calls an event where the documents disagree ("state visit", "official visit"):
-- the event's own type is the neutral kind, and type= also finds it by these (docs/api.md), through
-- event_types (db/0007_event_types.sql), which holds them with the sort keys.
CREATE TABLE event_type_terms (
    event_id  TEXT NOT NULL REFERENCES events (id),
    position  INTEGER NOT NULL,
    type      TEXT NOT NULL,
    term      TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events (id),
    actor_id TEXT NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,
    role     TEXT,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_actor ON event_participants (actor_id, event_id);

CREATE TABLE event_topics (
    event_id TEXT NOT NULL REFERENCES events (id),
    topic    TEXT NOT NULL,
    PRIMARY KEY (event_id, topic)
) WITHOUT ROWID;
CREATE INDEX event_topics_topic ON event_topics (topic, event_id);

CREATE TABLE agreements (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL,
    status           TEXT NOT NULL,
    date_edtf        TEXT NOT NULL,
    date_kind        TEXT NOT NULL CHECK (date_kind IN ('single', 'range', 'bounded', 'unknown')),
    date_known       TEXT NOT NULL CHECK (date_known IN ('stated', 'resolved', 'not_given')),
    date_basis       TEXT,
    date_start       TEXT,
    date_start_precision TEXT CHECK (date_start_precision IN ('day', 'month', 'year')),
    date_end         TEXT,
    date_end_precision TEXT CHECK (date_end_precision IN ('day', 'month', 'year')),
    earliest_day     TEXT NOT NULL,
    latest_day       TEXT NOT NULL,
    certain_first    TEXT,
    certain_last     TEXT,
    sort_asc         TEXT NOT NULL,
    sort_desc        TEXT NOT NULL,
    date_note        TEXT,
    location         TEXT,
    location_country TEXT,
    summary          TEXT,
    assertion        TEXT NOT NULL,
    asserted_by      TEXT REFERENCES actors (id),
    location_basis   TEXT CHECK (location_basis IN ('stated', 'assumed_from_dateline', 'inferred_from_text')),
    location_note    TEXT,
    -- The rowid of its row in search_index, and of its JSON as listed (db/0006_representations.sql).
    search_rowid     INTEGER
) WITHOUT ROWID;

CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    actor_id     TEXT NOT NULL REFERENCES actors (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX agreement_parties_actor ON agreement_parties (actor_id, agreement_id);

CREATE TABLE metrics (
    name        TEXT PRIMARY KEY,
    label       TEXT NOT NULL,
    unit        TEXT NOT NULL,
    description TEXT NOT NULL,
    -- What a claim's reporter and partner mean (flow, pair, country, subject), and the pair where the metric fixes it.
    direction   TEXT NOT NULL CHECK (direction IN ('flow', 'pair', 'country', 'subject')),
    reporter    TEXT,
    partner     TEXT
) WITHOUT ROWID;

-- One source's statement of one metric for one period and direction. The API groups claims with
-- the same metric, period, reporter, partner and subject into one observation.
CREATE TABLE claims (
    id              TEXT PRIMARY KEY,
    metric          TEXT NOT NULL REFERENCES metrics (name),
    -- NULL when the document gives no period (period_known not_given): such a claim feeds no derived value.
    period          TEXT,
    period_start    TEXT,
    period_end      TEXT,
    period_known    TEXT NOT NULL CHECK (period_known IN ('stated', 'resolved', 'not_given')),
    period_basis    TEXT,
    -- What a cumulative figure counts over, to its as-of day (the period); NULL for other figures.
    span_edtf       TEXT,
    span_known      TEXT CHECK (span_known IN ('stated', 'resolved', 'not_given')),
    span_basis      TEXT,
    span_start      TEXT,
    span_start_precision TEXT CHECK (span_start_precision IN ('day', 'month', 'year')),
    span_end        TEXT,
    span_end_precision TEXT CHECK (span_end_precision IN ('day', 'month', 'year')),
    reporter        TEXT,
    partner         TEXT,
    subject         TEXT REFERENCES actors (id),
    value           REAL NOT NULL,
    qualifier       TEXT NOT NULL,
    stated          TEXT NOT NULL,
    asserted_by     TEXT REFERENCES actors (id),
    note            TEXT,
    source_id       TEXT NOT NULL REFERENCES sources (id),
    -- The occasion the figure was stated at; also its origin: claims stated at one occasion are one origin.
    stated_at       TEXT REFERENCES events (id)
) WITHOUT ROWID;
CREATE INDEX claims_series ON claims (metric, period_start, period_end DESC);
CREATE INDEX claims_source ON claims (source_id);
CREATE INDEX claims_stated_at ON claims (stated_at);

-- The verbatim quotes behind every actor, event, agreement and claim.
CREATE TABLE evidence (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('actor', 'event', 'agreement', 'claim', 'place', 'project', 'project_status', 'initiative', 'framing')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    quote       TEXT NOT NULL,
    -- The actor whose own words the quote carries, in quotation marks; null for the outlet's words or paraphrase.
    speaker     TEXT REFERENCES actors (id),
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX evidence_source ON evidence (source_id, record_kind, record_id);
