using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Sources;

public class SourcesTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListsTheFiveDocumentsNewestFirst()
    {
        var page = await _client.GetJson("/sources");

        Assert.Equal(
            ["azernews-2026-01-10", "caliber-2025-04-23", "trend-2025-04-22-garayev", "ocmedia-2025-04-21", "trend-2025-04-16-commission"],
            page.Ids());
    }

    [Fact]
    public async Task ASourceWithoutAStatedDateSaysItsDateIsEstimated()
    {
        var ocMedia = await _client.GetJson("/sources/ocmedia-2025-04-21");

        Assert.Equal("OC Media", ocMedia.Str("outlet"));
        Assert.Equal("001_0948844c1e5a7cda.txt", ocMedia.Str("document"));
        Assert.True(ocMedia.GetProperty("publishedOnEstimated").GetBoolean());
        Assert.Contains("Monday", ocMedia.Str("note"));
    }

    [Fact]
    public async Task ASourceListsEveryRecordThatCitesIt()
    {
        var commission = await _client.GetJson("/sources/trend-2025-04-16-commission");

        var records = commission.GetProperty("records").EnumerateArray().ToList();
        Assert.Contains(records, r => r.Str("kind") == "event" && r.Str("id") == "commission-10th-meeting-2025-04-16");
        Assert.Contains(records, r => r.Str("kind") == "claim" && r.Str("label").StartsWith("trade_turnover_growth 2024"));
        Assert.All(records, r => Assert.False(string.IsNullOrWhiteSpace(r.Str("quote"))));
    }
}
