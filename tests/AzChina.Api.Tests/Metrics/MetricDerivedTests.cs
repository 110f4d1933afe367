using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>include=derived: values no source states, computed from stated ones, flagged and never mixed in silently.</summary>
public class MetricDerivedTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task WithoutIncludeEveryObservationIsReported()
    {
        var series = await _client.GetJson("/metrics/trade_turnover");

        // Which periods, not their order: MetricsTests.SeriesIsChronologicalWithTheYearBeforeItsQuarters.
        Assert.Equal([null, "2024", "2025-Q1"], series.Periods().Order(StringComparer.Ordinal));
        Assert.All(series.Observations(), o =>
        {
            Assert.False(o.GetProperty("derived").GetBoolean());
            Assert.True(o.IsNull("formula"));
            Assert.True(o.IsNull("derivedFrom"));
        });
    }

    [Fact]
    public async Task Turnover2023IsImpliedBy2024TurnoverAndItsGrowth()
    {
        var series = await _client.GetJson("/metrics/trade_turnover?include=derived");

        Assert.Equal(["2023", "2024", "2025-Q1", null], series.Periods());
        var y2023 = series.Observation("2023");
        Assert.True(y2023.GetProperty("derived").GetBoolean());
        Assert.Equal(3.7e9 / 1.207, y2023.Number("value"), 0);
        Assert.Equal("approximately", y2023.Str("qualifier"));
        Assert.Equal("about $3.1 billion", y2023.Str("display"));
        Assert.Equal(3.6e9 / 1.208, y2023.Number("lowerBound"), 0);
        Assert.Equal(3.8e9 / 1.206, y2023.Number("upperBound"), 0);
        Assert.True(y2023.IsNull("agreement"));
        Assert.True(y2023.IsNull("preferredClaimId"));
        Assert.Equal(0, y2023.GetProperty("claims").GetArrayLength());
        Assert.Equal(0, y2023.GetProperty("sourceCount").GetInt32());
        Assert.Equal(["trade-turnover-2024-caliber", "trade-turnover-growth-2024-trend-garayev"],
            y2023.GetProperty("derivedFrom").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("3,700,000,000 / (1 + 20.7 / 100)", y2023.Str("formula"));
        Assert.False(series.Observation("2024").GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task NoEarlierQuarterIsWorkedOutFromAGrowthWhoseBaseTheDocumentsDoNotName()
    {
        // "rising by 37 percent" in the first quarter names no base (the quarter before, or the same quarter a year
        // earlier), so no first-quarter 2024 turnover rests on it; a growth "in 2024" is over the year, against 2023.
        var series = await _client.GetJson("/metrics/trade_turnover?include=derived");

        Assert.DoesNotContain("2024-Q1", series.Periods());
        Assert.True(series.Observation("2023").GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task NoGrowthIsDerivedFromAFigureWhosePeriodTheDocumentDoesNotGive()
    {
        // Review C5: "exceeding $4 billion" has no period, so no "2025 growth about 8.1% or more" rests on it.
        var growth = await _client.GetJson("/metrics/trade_turnover_growth?include=derived");
        var turnover = await _client.GetJson("/metrics/trade_turnover?include=derived");

        Assert.Equal(["2024", "2025-Q1"], growth.Periods());
        Assert.DoesNotContain(growth.Observations().Concat(turnover.Observations()).Where(o => o.GetProperty("derived").GetBoolean()),
            o => o.GetProperty("derivedFrom").EnumerateArray().Any(id => id.GetString() == "trade-turnover-period-not-given-azernews"));
        var noPeriod = turnover.WithoutPeriod();
        Assert.Equal("not_given", noPeriod.Str("periodKnown"));
        Assert.Equal("over $4 billion", noPeriod.Str("display"));
    }

    [Fact]
    public async Task DerivationUsesOnlyWhatWasKnownAtAsOf()
    {
        var growth = await _client.GetJson("/metrics/trade_turnover_growth?include=derived&asOf=2025-12-31");
        var turnover = await _client.GetJson("/metrics/trade_turnover?include=derived&asOf=2025-04-16");

        Assert.Equal(["2024", "2025-Q1"], growth.Periods());
        var y2023 = turnover.Observation("2023");
        Assert.Equal(3.7e9 / 1.21, y2023.Number("value"), 0);
        Assert.Equal(["trade-turnover-2024-trend-commission", "trade-turnover-growth-2024-trend-commission"],
            y2023.GetProperty("derivedFrom").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task PeriodFiltersApplyAfterDerivation()
    {
        var series = await _client.GetJson("/metrics/trade_turnover?include=derived&from=2023&to=2023");

        var only = Assert.Single(series.Observations());
        Assert.Equal("2023", only.Str("period"));
        Assert.True(only.GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task AMetricWithoutALevelOrGrowthPairHasNothingDerived()
    {
        var plain = await _client.GetJson("/metrics/transit_shipments_growth");
        var withDerived = await _client.GetJson("/metrics/transit_shipments_growth?include=derived");

        Assert.Equal(plain.Periods(), withDerived.Periods());
    }
}
