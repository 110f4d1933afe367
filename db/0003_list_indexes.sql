-- Indexes the lists need once the data is large (tests/AzChina.Api.Tests/QueryPlanTests.cs guards them).
--
-- Agreements list undated (anticipated) ones last in both directions, so they sort by an expression:
-- ifnull(date_start, '') newest first, ifnull(date_start, '9999-99-99') oldest first. An index on the
-- same expression lets a page walk the index and stop after LIMIT rows instead of sorting every
-- agreement; with status or kind in front, the same for the filtered lists.
CREATE INDEX agreements_newest        ON agreements (ifnull(date_start, ''), id);
CREATE INDEX agreements_oldest        ON agreements (ifnull(date_start, '9999-99-99'), id);
CREATE INDEX agreements_status_newest ON agreements (status, ifnull(date_start, ''), id);
CREATE INDEX agreements_status_oldest ON agreements (status, ifnull(date_start, '9999-99-99'), id);
CREATE INDEX agreements_kind_newest   ON agreements (kind, ifnull(date_start, ''), id);
CREATE INDEX agreements_kind_oldest   ON agreements (kind, ifnull(date_start, '9999-99-99'), id);
