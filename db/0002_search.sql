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
