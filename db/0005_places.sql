-- Places, projects and initiatives (issue 14) and the links to them. A place's parent, a link's role
-- and basis (stated, assumed_from_dateline, inferred_from_text) are as seeds/README.md defines them.
-- Their evidence is in the evidence table (record_kind place, project, project_status, initiative,
-- framing; a status's record_id is "<project id>:<position>", a framing's "<initiative id>:<framing id>").

CREATE TABLE places (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    country      TEXT,
    parent_id    TEXT REFERENCES places (id),
    parent_basis TEXT CHECK (parent_basis IN ('stated', 'assumed_from_dateline', 'inferred_from_text')),
    parent_note  TEXT,
    note         TEXT
) WITHOUT ROWID;
CREATE INDEX places_name ON places (name COLLATE NOCASE, id);
CREATE INDEX places_parent ON places (parent_id);

-- Other names of a place, project or initiative, as the documents give them (and names in other scripts).
CREATE TABLE record_aliases (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('place', 'project', 'initiative')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    alias       TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;

-- The places a record links, with what the place is to it and how that is known.
CREATE TABLE record_places (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('event', 'claim', 'project', 'initiative')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    place_id    TEXT NOT NULL REFERENCES places (id),
    role        TEXT NOT NULL,
    basis       TEXT NOT NULL CHECK (basis IN ('stated', 'assumed_from_dateline', 'inferred_from_text')),
    note        TEXT,
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX record_places_place ON record_places (place_id, record_kind, record_id);

CREATE TABLE projects (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    sector     TEXT NOT NULL,
    summary    TEXT,
    place_note TEXT
) WITHOUT ROWID;
CREATE INDEX projects_title ON projects (title COLLATE NOCASE, id);

-- Each status a document gives a project, with its date as the time model serves it (docs/time-model.md),
-- the days the list filters by (earliest/latest possible; certain_first/certain_last: a window certainly
-- holds the status when certain_first <= to AND certain_last >= from, null when unknown), the day it became
-- known (its source's publication: asOf reads it) and the days statuses are ordered by (StatusTimeline).
CREATE TABLE project_statuses (
    project_id           TEXT NOT NULL REFERENCES projects (id),
    position             INTEGER NOT NULL,
    status               TEXT NOT NULL,
    date_edtf            TEXT NOT NULL,
    date_kind            TEXT NOT NULL CHECK (date_kind IN ('single', 'range', 'bounded', 'unknown')),
    date_known           TEXT NOT NULL CHECK (date_known IN ('stated', 'resolved', 'not_given')),
    date_basis           TEXT,
    date_start           TEXT,
    date_start_precision TEXT CHECK (date_start_precision IN ('day', 'month', 'year')),
    date_end             TEXT,
    date_end_precision   TEXT CHECK (date_end_precision IN ('day', 'month', 'year')),
    earliest_day         TEXT NOT NULL,
    latest_day           TEXT NOT NULL,
    certain_first        TEXT,
    certain_last         TEXT,
    known_on             TEXT NOT NULL,
    order_first          TEXT NOT NULL,
    order_last           TEXT NOT NULL,
    asserted_by          TEXT REFERENCES actors (id),
    note                 TEXT,
    PRIMARY KEY (project_id, position)
) WITHOUT ROWID;

CREATE TABLE project_actors (
    project_id TEXT NOT NULL REFERENCES projects (id),
    position   INTEGER NOT NULL,
    actor_id   TEXT NOT NULL REFERENCES actors (id),
    role       TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
) WITHOUT ROWID;
CREATE INDEX project_actors_actor ON project_actors (actor_id, project_id);

-- The events a project or initiative names, and what each was to it.
CREATE TABLE record_events (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('project', 'initiative')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    event_id    TEXT NOT NULL REFERENCES events (id),
    role        TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX record_events_event ON record_events (event_id, record_kind);

CREATE TABLE project_agreements (
    project_id   TEXT NOT NULL REFERENCES projects (id),
    position     INTEGER NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    role         TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
) WITHOUT ROWID;
CREATE INDEX project_agreements_agreement ON project_agreements (agreement_id, project_id);

-- The claims about a project or an initiative.
CREATE TABLE record_claims (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('project', 'initiative')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    claim_id    TEXT NOT NULL REFERENCES claims (id),
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX record_claims_claim ON record_claims (claim_id, record_kind);

CREATE TABLE project_initiatives (
    project_id    TEXT NOT NULL REFERENCES projects (id),
    position      INTEGER NOT NULL,
    initiative_id TEXT NOT NULL REFERENCES initiatives (id),
    PRIMARY KEY (project_id, position)
) WITHOUT ROWID;
CREATE INDEX project_initiatives_initiative ON project_initiatives (initiative_id, project_id);

CREATE TABLE initiatives (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    summary    TEXT,
    alias_note TEXT
) WITHOUT ROWID;
CREATE INDEX initiatives_name ON initiatives (name COLLATE NOCASE, id);

CREATE TABLE initiative_metrics (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id),
    position      INTEGER NOT NULL,
    metric        TEXT NOT NULL REFERENCES metrics (name),
    PRIMARY KEY (initiative_id, position)
) WITHOUT ROWID;

-- How one side presents an initiative, each with its evidence (record_kind framing).
CREATE TABLE initiative_framings (
    initiative_id TEXT NOT NULL REFERENCES initiatives (id),
    framing_id    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    side          TEXT NOT NULL,
    framed_by     TEXT REFERENCES actors (id),
    event_id      TEXT REFERENCES events (id),
    assertion     TEXT NOT NULL,
    summary       TEXT NOT NULL,
    PRIMARY KEY (initiative_id, framing_id)
) WITHOUT ROWID;

CREATE TABLE framing_disputes (
    initiative_id TEXT NOT NULL,
    framing_id    TEXT NOT NULL,
    position      INTEGER NOT NULL,
    disputed_by   TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (initiative_id, framing_id, position)
) WITHOUT ROWID;
