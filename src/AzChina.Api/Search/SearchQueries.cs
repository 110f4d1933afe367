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
    private const string HitsSql = """
        SELECT Kind, Id, Title, Text, Rank
        FROM (SELECT kind AS Kind, record_id AS Id, label AS Title, text AS Text,
                     bm25(search_index, 0.0, 0.0, 10.0, 1.0, 0.0, 0.0) * (CASE WHEN title = @ExactTitle THEN 2.0 ELSE 1.0 END) AS Rank
              FROM search_index
              WHERE search_index MATCH @Match AND (@Kind IS NULL OR kind = @Kind))
        WHERE @AfterId IS NULL OR Rank > @AfterRank OR (Rank = @AfterRank AND Kind || ':' || Id > @AfterId)
        ORDER BY Rank, Kind || ':' || Id
        LIMIT @Fetch
        """;

    private const string CountSql = """
        SELECT count(*) FROM search_index WHERE search_index MATCH @Match AND (@Kind IS NULL OR kind = @Kind)
        """;

    // The exact-title boost is part of the ranking, so it is part of the signature. Titles and the query
    // are compared as their folded words, so "Li Qiang", "Li Qiang!" and "li  qiang*" rank alike.
    public static ListQuery<SearchHit> Hits(string query, string match, string? kind) => Hits(query, match, kind, SearchText.FoldWords(query));

    private static ListQuery<SearchHit> Hits(string query, string match, string? kind, string exactTitle) => new(
        $"search|{match}|{kind}|{exactTitle}",
        // The snippet is cut from the record's text here, so a hit is read as a tuple rather than straight into SearchHit.
        (db, page) => db.Query<(string Kind, string Id, string Title, string Text, double Rank)>(HitsSql, new
            {
                Match = match, Kind = kind, page.AfterId, Fetch = page.Limit + 1, ExactTitle = exactTitle,
                // A cursor's key has been checked to be a number (CursorKeys.Number).
                AfterRank = page.AfterKey is null ? 0 : double.Parse(page.AfterKey, CultureInfo.InvariantCulture),
            })
            .Select(r => new SearchHit(r.Kind, r.Id, r.Title, SearchText.Snippet(r.Text, query), r.Rank)).ToList(),
        db => db.ExecuteScalar<long>(CountSql, new { Match = match, Kind = kind }),
        h => (h.Rank.ToString("R", CultureInfo.InvariantCulture), $"{h.Kind}:{h.Id}"),
        CursorKeys.Number,
        SearchCsv.Columns);
}
