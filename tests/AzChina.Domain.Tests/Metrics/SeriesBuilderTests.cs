using AzChina.Domain.Metrics;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Metrics;

public class SeriesBuilderTests
{
    private static readonly Metric Turnover = new("trade_turnover", "Trade turnover", Unit.Usd, "Goods traded both ways.", MetricDirection.Pair);
    private static readonly Metric Growth = new("trade_turnover_growth", "Trade turnover growth", Unit.Percent, "Year on year.", MetricDirection.Pair);

    /// <param name="period">Null: the document gives no period (known must then be not_given).</param>
    private static SeriesClaim Claim(
        string? period, string id, double value, string source = "source", string published = "2025-04-16", string? reporter = "AZ",
        string? partner = "CN", Qualifier qualifier = Qualifier.Exact, string? stated = null, DateKnowledge known = DateKnowledge.Stated) =>
        new(new ObservationKey(period, reporter, partner, null),
            new Claim(id, value, qualifier, stated ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), source,
                DateOnly.Parse(published), "quote", null, null)
            {
                Period = new PeriodDetail { Text = period, Known = period is null ? DateKnowledge.NotGiven : known, Basis = known == DateKnowledge.Resolved ? "last year" : null },
            });

    private static MetricSeries Build(IReadOnlyList<SeriesClaim> claims, PeriodFilter? filter = null, PairedMetric? pair = null) =>
        SeriesBuilder.Build(Turnover, claims, filter ?? PeriodFilter.None, asOf: null, pair);

    private static IEnumerable<string?> Periods(MetricSeries series) => series.Observations.Select(o => o.Period);

    [Fact]
    public void ClaimsAboutOnePeriodAndDirectionAreOneObservationWithTheNewestSourceFirst()
    {
        var series = Build([
            Claim("2024", "older", 3.7e9, source: "b", published: "2025-01-10", stated: "$3.7 billion"),
            Claim("2024", "newer", 3.72e9, source: "a", published: "2025-03-01", stated: "$3.72 billion"),
            Claim("2024", "other-way", 1e9, reporter: "CN", partner: "AZ"),
        ]);

        Assert.Equal(2, series.Observations.Count);
        var azToCn = series.Observations.Single(o => o.Reporter == "AZ");
        Assert.Equal(["newer", "older"], azToCn.Claims.Select(c => c.Id));
        Assert.Equal(2, azToCn.SourceCount);
        Assert.Equal(ClaimAgreement.Consistent, azToCn.Agreement);
        // The more precise of two claims that agree is preferred.
        Assert.Equal("newer", azToCn.PreferredClaimId);
        Assert.Equal("$3.72 billion", azToCn.Display);
        Assert.False(azToCn.Derived);
    }

    [Fact]
    public void ObservationsAreChronologicalWithALongerPeriodBeforeTheShorterOnesItContains()
    {
        var series = Build([
            Claim("2025-01", "m", 1), Claim("2025-Q1", "q", 3), Claim("2024", "y24", 10), Claim("2025", "y25", 12),
        ]);

        Assert.Equal(["2024", "2025", "2025-Q1", "2025-01"], Periods(series));
    }

    [Fact]
    public void ObservationsOfOnePeriodAreOrderedByDirection()
    {
        var series = Build([Claim("2024", "cn", 1, reporter: "CN", partner: "AZ"), Claim("2024", "az", 2, reporter: "AZ", partner: "CN")]);

        Assert.Equal(["AZ", "CN"], series.Observations.Select(o => o.Reporter));
    }

    [Fact]
    public void FromAndToKeepEveryObservationWhosePeriodOverlapsThem()
    {
        var series = Build(
            [Claim("2024", "y24", 10), Claim("2025", "y25", 12), Claim("2025-Q1", "q1", 3), Claim("2025-Q2", "q2", 3), Claim("2025-Q3", "q3", 3)],
            new PeriodFilter(Period.Parse("2025-04"), Period.Parse("2025-Q2"), null));

        // The year 2025 overlaps April–June; 2024, Q1 and Q3 do not.
        Assert.Equal(["2025", "2025-Q2"], Periods(series));
    }

    [Fact]
    public void LatestKeepsThePeriodsThatEndLastInChronologicalOrder()
    {
        var series = Build(
            [Claim("2023", "y23", 9), Claim("2024", "y24", 10), Claim("2024-Q4", "q4", 3), Claim("2024", "cn24", 1, reporter: "CN", partner: "AZ")],
            new PeriodFilter(null, null, 2));

        // 2024 and 2024-Q4 end together; both are among the two latest periods, and 2024 counts once for two directions.
        Assert.Equal(["2024", "2024", "2024-Q4"], Periods(series));
    }

    [Fact]
    public void LatestCountsTheShorterOfTwoPeriodsEndingTogetherAsTheMoreRecent()
    {
        var series = Build([Claim("2024", "y24", 10), Claim("2024-Q4", "q4", 3)], new PeriodFilter(null, null, 1));

        Assert.Equal(["2024-Q4"], Periods(series));
    }

    [Fact]
    public void LatestAppliesAfterTheRange()
    {
        var series = Build(
            [Claim("2022", "y22", 8), Claim("2023", "y23", 9), Claim("2024", "y24", 10)],
            new PeriodFilter(null, Period.Parse("2023"), 1));

        Assert.Equal(["2023"], Periods(series));
    }

    [Fact]
    public void WithoutThePairedMetricNothingIsDerived()
    {
        var series = Build([Claim("2024", "y24", 3.7e9, stated: "$3.7 billion")]);

        Assert.DoesNotContain(series.Observations, o => o.Derived);
    }

    [Fact]
    public void ALevelAndItsGrowthImplyTheEarlierLevelInTheSameDirectionOnly()
    {
        var pair = new PairedMetric(Growth, [Claim("2024", "g24", 20.7, stated: "20.7 percent", known: DateKnowledge.Resolved)]);
        var series = Build(
            [Claim("2024", "az24", 3.7e9, stated: "$3.7 billion"), Claim("2024", "cn24", 1e9, reporter: "CN", partner: "AZ", stated: "$1 billion")],
            pair: pair);

        var derived = Assert.Single(series.Observations, o => o.Derived);
        Assert.Equal(("2023", "AZ", "CN"), (derived.Period, derived.Reporter, derived.Partner));
        Assert.Equal(3.7e9 / 1.207, derived.Value, 1);
        Assert.Equal(["az24", "g24"], derived.DerivedFrom!);
        Assert.Empty(derived.Claims);
        Assert.Null(derived.Agreement);
        Assert.Null(derived.PreferredClaimId);
        Assert.Equal(Qualifier.Approximately, derived.Qualifier);
        // The growth's period is resolved, so the value derived from it is no better known.
        Assert.Equal(DateKnowledge.Resolved, derived.PeriodKnown);
        Assert.Equal(["2023", "2024", "2024"], Periods(series));
    }

    [Fact]
    public void TheGrowthSeriesGetsGrowthFromTwoStatedLevels()
    {
        var levels = new PairedMetric(Turnover, [Claim("2024", "t24", 3.7e9, stated: "$3.7 billion"), Claim("2025", "t25", 4e9, stated: "$4.0 billion")]);
        var series = SeriesBuilder.Build(Growth, [Claim("2024", "g24", 20.7, stated: "20.7 percent")], PeriodFilter.None, asOf: null, levels);

        var derived = Assert.Single(series.Observations, o => o.Derived);
        Assert.Equal("2025", derived.Period);
        Assert.Equal(Unit.Percent, derived.Unit);
        Assert.Equal(100 * (4e9 / 3.7e9 - 1), derived.Value, 9);
        Assert.Equal(["t25", "t24"], derived.DerivedFrom!);
    }

    [Fact]
    public void DerivationRunsBeforeTheRangeSoAFilteredYearCanStillBeImplied()
    {
        var pair = new PairedMetric(Growth, [Claim("2024", "g24", 20.7, stated: "20.7 percent")]);
        var series = Build([Claim("2024", "t24", 3.7e9, stated: "$3.7 billion")], new PeriodFilter(Period.Parse("2023"), Period.Parse("2023"), null), pair);

        var only = Assert.Single(series.Observations);
        Assert.True(only.Derived);
        Assert.Equal("2023", only.Period);
    }

    [Fact]
    public void TheSeriesCarriesTheMetricAndTheKnowledgeDate()
    {
        var asOf = new DateOnly(2025, 4, 15);
        var series = SeriesBuilder.Build(Turnover, [], PeriodFilter.None, asOf);

        Assert.Equal(("trade_turnover", "Trade turnover", Unit.Usd, "Goods traded both ways."), (series.Name, series.Label, series.Unit, series.Description));
        Assert.Equal(asOf, series.AsOf);
        Assert.Empty(series.Observations);
    }

    [Fact]
    public void AnObservationsPeriodIsKnownAsWellAsItsBestClaimSaysAndEachClaimKeepsItsOwn()
    {
        // Review C20: one claim resolves 2024 from "last year", others state it.
        var series = Build([Claim("2024", "stated", 21, source: "a"), Claim("2024", "resolved", 21, source: "b", known: DateKnowledge.Resolved)]);

        var observation = Assert.Single(series.Observations);
        Assert.Equal(DateKnowledge.Stated, observation.PeriodKnown);
        Assert.Equal(DateKnowledge.Resolved, observation.Claims.Single(c => c.Id == "resolved").Period.Known);
        Assert.Equal(DateKnowledge.Resolved, Assert.Single(Build([Claim("2024", "only", 21, known: DateKnowledge.Resolved)]).Observations).PeriodKnown);
    }

    [Fact]
    public void AFigureWithNoPeriodComesLastAndFeedsNoDerivedValue()
    {
        // Review C5: "exceeding $4 billion" with no year gave a derived "2025 growth about 8.1% or more".
        var levels = new PairedMetric(Turnover, [Claim("2024", "t24", 3.7e9), Claim(null, "t-none", 4e9, qualifier: Qualifier.Over)]);
        var growth = SeriesBuilder.Build(Growth, [Claim("2024", "g24", 20.7)], PeriodFilter.None, asOf: null, levels);
        var turnover = Build([Claim(null, "t-none", 4e9, qualifier: Qualifier.Over), Claim("2024", "t24", 3.7e9)],
            pair: new PairedMetric(Growth, [Claim("2024", "g24", 20.7)]));

        Assert.DoesNotContain(growth.Observations.Concat(turnover.Observations), o => o.DerivedFrom?.Contains("t-none") == true);
        Assert.Equal(["2023", "2024", null], Periods(turnover));
        var none = turnover.Observations[^1];
        Assert.Equal(DateKnowledge.NotGiven, none.PeriodKnown);
        Assert.Null(none.PeriodStart);
    }

    [Theory]
    [InlineData(DateMatch.Certain, new[] { "2024" })]
    [InlineData(DateMatch.Possible, new[] { "2024", null })]
    public void AFigureWithNoPeriodIsCertainlyInNoWindowAndPossiblyInAny(DateMatch match, string?[] periods)
    {
        var claims = new[] { Claim("2024", "t24", 3.7e9), Claim(null, "t-none", 4e9) };

        Assert.Equal(periods, Periods(Build(claims, new PeriodFilter(Period.Parse("2024"), Period.Parse("2030"), null, match))));
        Assert.Equal(["2024", null], Periods(Build(claims)));
        Assert.Equal(["2024"], Periods(Build(claims, new PeriodFilter(null, null, 5))));
    }
}
