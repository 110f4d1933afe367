using System.Globalization;
using AzChina.Api.Paging;
using AzChina.Domain.Search;
using Dapper;

namespace AzChina.Api.Search;

internal static class SearchQueries
{
    // Title matches weigh ten times body matches (bm25 takes one weight per column, in order), and a
    // title that is exactly the query counts double (bm25 is negative: lower is better).
    // Ranked best first; kind and id break ties, so keyset pages never skip or repeat a hit.
    // Every match is ranked, but only the page's rows are read whole: the matches' kind, id and folded title
    // come from FTS5's own table of the indexed rows (search_index_content: c0 kind, c1 record_id, c2 title,
    // c4 label, c5 text, in db/0002_search.sql's column order), read as a table rather than through the
    // index's columns, which copy each row's every value; the label and text are read after the LIMIT, and the
    // page ordered again there (SQL keeps no subquery's order through a join; 501 rows at most).
    // At 10k events, for a name with 96 matches, 176 µs of SQLite against 289 µs reading the columns into the sort.
    private const string HitsSql = """
        SELECT page.Kind, page.Id, c.c4 AS Title, c.c5 AS Text, page.Rank
        FROM (SELECT Doc, Kind, Id, Rank
              FROM (SELECT s.rowid AS Doc, k.c0 AS Kind, k.c1 AS Id,
                           bm25(search_index, 0.0, 0.0, 10.0, 1.0, 0.0, 0.0) * (CASE WHEN k.c2 = @ExactTitle THEN 2.0 ELSE 1.0 END) AS Rank
                    FROM search_index AS s
                    CROSS JOIN search_index_content AS k ON k.id = s.rowid
                    WHERE search_index MATCH @Match AND (@Kind IS NULL OR k.c0 = @Kind))
              WHERE @AfterId IS NULL OR Rank > @AfterRank OR (Rank = @AfterRank AND Kind || ':' || Id > @AfterId)
              ORDER BY Rank, Kind || ':' || Id
              LIMIT @Fetch) AS page
        CROSS JOIN search_index_content AS c ON c.id = page.Doc
        ORDER BY page.Rank, page.Kind || ':' || page.Id
        """;

    private const string CountSql = """
        SELECT count(*) FROM search_index WHERE search_index MATCH @Match AND (@Kind IS NULL OR kind = @Kind)
        """;

    // The exact-title boost is part of the ranking, so it is part of the cursor scope. Titles and the query
    // are compared as their folded words, so "Li Qiang", "Li Qiang!" and "li  qiang*" rank alike.
    public static PagedListSource<SearchHit> Hits(string query, string match, string? kind) =>
        Hits(SearchText.QueryWords(query), match, kind, SearchText.FoldWords(query));

    private static PagedListSource<SearchHit> Hits(IReadOnlyList<string> words, string match, string? kind, string exactTitle) => new(
        $"search|{match}|{kind}|{exactTitle}",
        // The snippet is cut from the record's text here, so a hit is read as a tuple rather than straight into SearchHit.
        (db, page) => db.Query<(string Kind, string Id, string Title, string Text, double Rank)>(HitsSql, new
            {
                Match = match, Kind = kind, page.AfterId, Fetch = page.Limit + 1, ExactTitle = exactTitle,
                // A cursor's key has been checked to be a number (CursorKeys.Number).
                AfterRank = page.AfterKey is null ? 0 : double.Parse(page.AfterKey, CultureInfo.InvariantCulture),
            })
            .Select(r => new SearchHit(r.Kind, r.Id, r.Title, SearchText.Snippet(r.Text, words), r.Rank)).ToList(),
        db => db.ExecuteScalar<long>(CountSql, new { Match = match, Kind = kind }),
        h => (h.Rank.ToString("R", CultureInfo.InvariantCulture), $"{h.Kind}:{h.Id}"),
        CursorKeys.Number,
        SearchCsv.Columns);
}
