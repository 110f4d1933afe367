using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Search;

public class SearchTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task FindsEveryKindRankedWithTitlesAndSnippets()
    {
        var hits = (await _client.GetJson("/search?q=Li%20Qiang&limit=500")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("actor", hits[0].Str("kind"));
        Assert.Equal("li-qiang", hits[0].Str("id"));
        Assert.Contains(hits, h => h.Str("kind") == "event" && h.Str("id") == "aliyev-meets-li-qiang-2025-04-23");
        var ranks = hits.Select(h => h.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.All(hits, h => Assert.Contains("li qiang", h.Str("snippet").ToLowerInvariant()));
    }

    [Fact]
    public async Task FindsMetricsAndSourcesToo()
    {
        var turnover = await _client.GetJson("/search?q=turnover&kind=metric");
        Assert.Contains("trade_turnover", turnover.Ids());
        var outlets = await _client.GetJson("/search?q=OC%20Media&kind=source");
        Assert.Equal(["ocmedia-2025-04-21"], outlets.Ids());
    }

    [Fact]
    public async Task TheAzerbaijaniSpellingFindsTheSameRecords()
    {
        var latin = (await _client.GetJson("/search?q=Ilham%20Aliyev&limit=500")).Ids();
        var azerbaijani = (await _client.GetJson("/search?q=%C4%B0lham%20%C6%8Fliyev&limit=500")).Ids();

        Assert.Equal(latin, azerbaijani);
        Assert.Contains("ilham-aliyev", latin);
    }

    [Theory]
    [InlineData("Qiang Li")]
    [InlineData("Li Qiang Beijing")]
    [InlineData("Li")]
    public async Task ACursorIsRefusedByAnotherQuery(string other)
    {
        var cursor = (await _client.GetJson("/search?q=Li%20Qiang&limit=1")).Str("nextCursor");

        var problem = await _client.GetProblem($"/search?q={Uri.EscapeDataString(other)}&limit=1&cursor={cursor}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("Li Qiang")]
    [InlineData("LI QIANG")]
    [InlineData(" li qiang ")]
    [InlineData("Li Qiang!")]
    [InlineData("Li  Qiang*")]
    public async Task ACursorServesEveryQueryThatRanksAlike(string same)
    {
        var first = await _client.GetJson("/search?q=Li%20Qiang&limit=2");
        var cursor = (await _client.GetJson("/search?q=Li%20Qiang&limit=1")).Str("nextCursor");

        var next = await _client.GetJson($"/search?q={Uri.EscapeDataString(same)}&limit=1&cursor={cursor}");

        Assert.Equal(first.Ids().Skip(1), next.Ids());
    }

    [Theory]
    [InlineData("%22Li%20Qiang", "li qiang")]
    [InlineData("Li%20Qiang*", "li qiang")]
    [InlineData("NEAR(china)", "near china")]
    [InlineData("china*", "china")]
    [InlineData("%22china%22%20AND%20trade", "china and trade")]
    [InlineData("china%20-trade", "china trade")]
    public async Task SearchSyntaxIsSearchedAsPlainWords(string q, string words)
    {
        // As FTS syntax these would fail (an open quote or parenthesis), find a phrase, or exclude.
        var hostile = await _client.GetJson($"/search?q={q}&limit=500");
        var plain = await _client.GetJson($"/search?q={Uri.EscapeDataString(words)}&limit=500");

        Assert.Equal(plain.Ids(), hostile.Ids());
    }
}
