-- The sources and claims an actor's detail lists (src/AzChina.Api/Actors/ActorLinkQueries.cs): a source is an actor's
-- as its outlet or author, a claim as its asserter or subject. Without these, reading them walked every source and
-- every claim, per actor for a request and per batch of actors for the build that stores every actor's detail.
CREATE INDEX sources_outlet_id  ON sources (outlet_id);
CREATE INDEX sources_author_id  ON sources (author_id);
CREATE INDEX claims_asserted_by ON claims (asserted_by);
CREATE INDEX claims_subject     ON claims (subject);
