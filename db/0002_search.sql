-- Full-text search over every kind of record. title and body hold folded text (lower case, no
-- diacritics, ə→a, ı→i; see AzChina.Domain.Search.SearchText) so that search is case- and
-- diacritics-insensitive; text keeps the original wording for snippets.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    record_id UNINDEXED,
    title,
    body,
    label UNINDEXED,
    text UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Every word the index holds, once (src/AzChina.Data/SearchIndexWriter.cs copies them from FTS5's vocabulary
-- when the index is written): a query's last word, which also matches as a prefix, is asked as the words it
-- begins (src/AzChina.Api/Search/PrefixTerms.cs), since FTS5 reads every match of a prefix before the first.
CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
