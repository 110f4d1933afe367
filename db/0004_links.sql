-- Links between records with a named role (issue 13, item 3). The occasion–part link (events.part_of),
-- the occasion a claim was stated at (claims.stated_at) and a source's outlet and author are columns of
-- their records; the links a record has several of are here.

-- The events an agreement names, and what each was to it: signed_at, agreed_at, announced_at, expected_at, negotiated_at.
CREATE TABLE agreement_events (
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    event_id     TEXT NOT NULL REFERENCES events (id),
    role         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, event_id, role)
) WITHOUT ROWID;
CREATE INDEX agreement_events_event ON agreement_events (event_id, agreement_id);

-- A disputed record (an event or an agreement) and the event that disputes it (a denial). The disputing
-- side's "disputes" is read from here, so the link is written once.
CREATE TABLE record_disputes (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('event', 'agreement')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    disputed_by TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX record_disputes_by ON record_disputes (disputed_by);

-- Actors a record names without their taking part or being a party: an organisation in a statement,
-- a fund behind a figure, a working group an agreement creates. The role is as the documents give it.
CREATE TABLE record_mentions (
    record_kind TEXT NOT NULL CHECK (record_kind IN ('event', 'agreement', 'claim')),
    record_id   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    actor_id    TEXT NOT NULL REFERENCES actors (id),
    role        TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, position)
) WITHOUT ROWID;
CREATE INDEX record_mentions_actor ON record_mentions (actor_id);

-- A person's (or a department's) organisation, with the role or title held there as the documents give it.
CREATE TABLE actor_memberships (
    actor_id        TEXT NOT NULL REFERENCES actors (id),
    organisation_id TEXT NOT NULL REFERENCES actors (id),
    position        INTEGER NOT NULL,
    role            TEXT NOT NULL,
    PRIMARY KEY (actor_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX actor_memberships_organisation ON actor_memberships (organisation_id, actor_id);
