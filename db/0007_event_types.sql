-- Every type an event is found by with type= (issue 15): its own type and each source's word for it
-- (event_type_terms), once each, with the event's sort keys (src/AzChina.Data/EventTypeWriter.cs fills
-- it from the records). A type-filtered list walks (type, key, id) in its own order and stops after a
-- page. Asked as "the event's type, or one of its terms", SQLite searched both and then sorted every
-- match in the window before taking a page: 4 ms at 10k events, and more the more events.
CREATE TABLE event_types (
    type      TEXT NOT NULL,
    sort_desc TEXT NOT NULL,
    sort_asc  TEXT NOT NULL,
    event_id  TEXT NOT NULL REFERENCES events (id),
    PRIMARY KEY (type, sort_desc, event_id)
) WITHOUT ROWID;
CREATE INDEX event_types_oldest ON event_types (type, sort_asc, event_id);
