using System.Globalization;
using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Search;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Search;

/// <summary>
/// /search ranks every match but reads only its page's rows whole (SearchQueries): every page must be the ranking read
/// the plain way, each match's columns through the index, sorted, with the snippet cut from its text.
/// </summary>
public class SearchRankingTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string EveryHitSql = """
        SELECT kind AS Kind, record_id AS Id, label AS Title, text AS Text,
               bm25(search_index, 0.0, 0.0, 10.0, 1.0, 0.0, 0.0) * (CASE WHEN title = @ExactTitle THEN 2.0 ELSE 1.0 END) AS Rank
        FROM search_index
        WHERE search_index MATCH @Match AND (@Kind IS NULL OR kind = @Kind)
        ORDER BY Rank, kind || ':' || record_id
        """;

    [Theory]
    [InlineData("Li Qiang", null)]
    [InlineData("li qiang", "actor")]
    [InlineData("Aliyev", null)]
    [InlineData("Aliyev", "event")]
    [InlineData("China", null)]
    [InlineData("trade", "agreement")]
    [InlineData("corr", null)]
    [InlineData("Baku", "place")]
    public async Task EveryPageIsTheWholeRankingInOrder(string q, string? kind)
    {
        List<(string Kind, string Id, string Title, string Text, double Rank)> expected;
        using (var db = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            expected = db.Query<(string, string, string, string, double)>(EveryHitSql,
                new { Match = SearchText.ToMatchExpression(q), Kind = kind, ExactTitle = SearchText.FoldWords(q) }).AsList();
        }
        Assert.NotEmpty(expected);

        var url = $"/search?q={Uri.EscapeDataString(q)}{(kind is null ? "" : $"&kind={kind}")}&limit=3";
        var hits = new List<JsonElement>();
        for (var next = url; next is not null;)
        {
            var page = await _client.GetJson(next);
            hits.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("nextCursor").GetString() is { } cursor ? $"{url}&cursor={Uri.EscapeDataString(cursor)}" : null;
        }

        Assert.Equal(
            expected.Select(e => $"{e.Kind}|{e.Id}|{e.Title}|{SearchText.Snippet(e.Text, q)}|{e.Rank.ToString("R", CultureInfo.InvariantCulture)}"),
            hits.Select(h => $"{h.Str("kind")}|{h.Str("id")}|{h.Str("title")}|{h.Str("snippet")}|{h.GetProperty("rank").GetDouble().ToString("R", CultureInfo.InvariantCulture)}"));
    }
}
