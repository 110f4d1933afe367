using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

public class MetricsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TradeTurnoverSeriesHasThe2024ValueWithEverySourcesClaim()
    {
        var series = await _client.GetJson("/metrics?name=trade_turnover");

        Assert.Equal("trade_turnover", series.Str("name"));
        Assert.Equal("USD", series.Str("unit"));
        var y2024 = series.Observation("2024");
        Assert.Equal(3_700_000_000d, y2024.GetProperty("value").GetDouble());
        Assert.Equal("2024-01-01", y2024.Str("periodStart"));
        Assert.Equal("2024-12-31", y2024.Str("periodEnd"));
        Assert.Equal("consistent", y2024.Str("agreement"));
        var claims = y2024.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(4, claims.Count);
        Assert.Equal(4, claims.Select(c => c.Str("sourceId")).Distinct().Count());
        Assert.All(claims, c => Assert.Contains("3.7 billion", c.Str("quote")));
        Assert.Contains(claims, c => c.Str("qualifier") == "approximately");
    }

    [Fact]
    public async Task MetricByPathAnswersTheSameSeriesAsByQuery()
    {
        var byQuery = await _client.GetJson("/metrics?name=trade_turnover");
        var byPath = await _client.GetJson("/metrics/trade_turnover");

        Assert.Equal(byQuery.GetRawText(), byPath.GetRawText());
    }

    [Fact]
    public async Task GrowthIn2024KeepsTheThreeDifferentClaimsAndPrefersTheMostPrecise()
    {
        var series = await _client.GetJson("/metrics/trade_turnover_growth");

        var y2024 = series.Observation("2024");
        var values = y2024.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()).Distinct().Order().ToList();
        Assert.Equal([20d, 20.7d, 21d], values);
        Assert.Equal(20.7, y2024.GetProperty("value").GetDouble());
        Assert.Equal("consistent", y2024.Str("agreement"));
    }

    [Fact]
    public async Task FirstQuarter2025TurnoverIsOverOneBillionWithItsLowerBound()
    {
        var series = await _client.GetJson("/metrics/trade_turnover");

        var q1 = series.Observation("2025-Q1");
        Assert.Equal("over", q1.Str("qualifier"));
        Assert.Equal(1_000_000_000d, q1.GetProperty("lowerBound").GetDouble());
        Assert.Equal("2025-03-31", q1.Str("periodEnd"));
    }

    [Fact]
    public async Task SeriesIsChronologicalWithTheYearBeforeItsQuarters()
    {
        var series = await _client.GetJson("/metrics/trade_turnover");

        // The figure whose period the document does not give comes last.
        Assert.Equal(["2024", "2025-Q1", null], series.Periods());
    }

    [Fact]
    public async Task CatalogueListsEveryMetricWithCountsAndPeriods()
    {
        var catalogue = await _client.GetJson("/metrics?limit=500");

        var turnover = catalogue.GetProperty("items").EnumerateArray().Single(m => m.Str("name") == "trade_turnover");
        Assert.Equal("USD", turnover.Str("unit"));
        Assert.Equal("2024", turnover.Str("firstPeriod"));
        Assert.True(turnover.GetProperty("observationCount").GetInt32() >= 3);
        Assert.True(turnover.GetProperty("claimCount").GetInt32() >= 6);
        Assert.True(catalogue.GetProperty("items").GetArrayLength() >= 15);
        Assert.Equal(JsonValueKind.Null, catalogue.GetProperty("nextCursor").ValueKind);
    }
}
