-- Full-text event lists in date order without sorting every match.
--
-- search_rowid is an event's place in (date_start, id) order, 1 for the oldest, and the rowid of its
-- row in search_index (src/AzChina.Api/Data/SearchIndexWriter.cs sets both). FTS5 returns matches in
-- rowid order, so /events?q= reads the matches newest (or oldest) first and stops after one page;
-- joining on an event id instead made it read and sort every match, which for a common phrase in a
-- million events took half a second.
ALTER TABLE events ADD COLUMN search_rowid INTEGER;
CREATE UNIQUE INDEX events_search_rowid ON events (search_rowid);
