using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>asOf: the series and the catalogue as the data stood on a date (sources published on or before it).</summary>
public class MetricKnowledgeTimeTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task OnTheDayBeforeTheFirstReportThereIsNoTurnoverFigure()
    {
        var series = await _client.GetJson("/metrics/trade_turnover?asOf=2025-04-15");

        Assert.Empty(series.Observations());
        Assert.Equal("2025-04-15", series.Str("asOf"));
    }

    [Fact]
    public async Task AtTheEndOf2025TheTotalPublishedInJanuary2026IsMissing()
    {
        var series = await _client.GetJson("/metrics?name=trade_turnover&asOf=2025-12-31");

        Assert.Equal(["2024", "2025-Q1"], series.Periods());
        Assert.Equal(4, series.Observation("2024").GetProperty("claims").GetArrayLength());
        var all = await _client.GetJson("/metrics/trade_turnover");
        Assert.Equal("over $4 billion", all.WithoutPeriod().Str("display"));
    }

    [Fact]
    public async Task ReconciliationSeesOnlyTheClaimsKnownAtTheDate()
    {
        var first = await _client.GetJson("/metrics/trade_turnover_growth?asOf=2025-04-16");
        var later = await _client.GetJson("/metrics/trade_turnover_growth?asOf=2025-04-21");

        var y2024 = first.Observation("2024");
        Assert.Equal(21, y2024.Number("value"));
        Assert.Equal("single", y2024.Str("agreement"));
        Assert.Equal(37, first.Observation("2025-Q1").Number("value"));
        Assert.Equal("single", first.Observation("2025-Q1").Str("agreement"));

        var y2024Later = later.Observation("2024");
        Assert.Equal(20.7, y2024Later.Number("value"));
        Assert.Equal("consistent", y2024Later.Str("agreement"));
        Assert.Equal(2, y2024Later.GetProperty("claims").GetArrayLength());
        Assert.Equal("trade-turnover-growth-2024-ocmedia", y2024Later.Str("preferredClaimId"));
    }

    [Fact]
    public async Task WithoutAsOfTheAnswerSaysSo()
    {
        var series = await _client.GetJson("/metrics/trade_turnover");

        Assert.True(series.IsNull("asOf"));
    }

    [Fact]
    public async Task TheCatalogueCountsOnlyWhatWasKnown()
    {
        var before = await _client.GetJson("/metrics?limit=500&asOf=2025-04-15");
        var endOf2025 = await _client.GetJson("/metrics?limit=500&asOf=2025-12-31");

        Assert.All(before.GetProperty("items").EnumerateArray(), m => Assert.Equal(0, m.GetProperty("claimCount").GetInt32()));
        var turnover = endOf2025.GetProperty("items").EnumerateArray().Single(m => m.Str("name") == "trade_turnover");
        Assert.Equal(2, turnover.GetProperty("observationCount").GetInt32());
        Assert.Equal(5, turnover.GetProperty("claimCount").GetInt32());
        Assert.Equal("2025-Q1", turnover.Str("lastPeriod"));
        var documents = endOf2025.GetProperty("items").EnumerateArray().Single(m => m.Str("name") == "cooperation_documents_signed");
        Assert.Equal(0, documents.GetProperty("claimCount").GetInt32());
        Assert.True(documents.IsNull("firstPeriod"));
    }

    [Fact]
    public async Task ACatalogueCursorIsOnlyValidForTheDateItWasIssuedFor()
    {
        var first = await _client.GetJson("/metrics?limit=2&asOf=2025-12-31");
        var cursor = first.Str("nextCursor");

        var next = await _client.GetJson($"/metrics?limit=2&asOf=2025-12-31&cursor={cursor}");
        Assert.Equal(2, next.GetProperty("items").GetArrayLength());
        await _client.GetProblem($"/metrics?limit=2&cursor={cursor}", System.Net.HttpStatusCode.BadRequest);
    }
}
