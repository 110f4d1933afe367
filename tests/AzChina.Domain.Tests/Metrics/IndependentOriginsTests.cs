using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Tests.Metrics;

public class IndependentOriginsTests
{
    private static Claim Claim(string id, string source, string? statedAt) =>
        new(id, 375, Qualifier.Exact, "375", source, new DateOnly(2025, 4, 21), "quote", "ilham-aliyev", null, statedAt)
        {
            Period = new PeriodDetail { Text = "2024", Known = AzChina.Domain.Time.DateKnowledge.Stated },
        };

    [Fact]
    public void ClaimsStatedAtOneOccasionAreOneOrigin()
    {
        Assert.Equal(1, IndependentOrigins.Count([Claim("oc", "ocmedia", "xinhua-interview"), Claim("trend", "trend", "xinhua-interview")]));
    }

    [Fact]
    public void AClaimThatNamesNoOccasionIsAnOriginOfItsOwn()
    {
        Assert.Equal(3, IndependentOrigins.Count([Claim("a", "s1", null), Claim("b", "s2", null), Claim("c", "s3", "meeting")]));
        Assert.NotEqual(IndependentOrigins.Of("meeting", null), IndependentOrigins.Of("x", "meeting"));
    }

    [Fact]
    public void ASeriesCountsOriginsBesideSources()
    {
        var key = new ObservationKey("2024", "AZ", "CN", null);
        var claims = new[]
        {
            new SeriesClaim(key, Claim("oc", "ocmedia", "xinhua-interview")),
            new SeriesClaim(key, Claim("trend", "trend", "xinhua-interview")),
            new SeriesClaim(key, Claim("caliber", "caliber", "li-qiang-meeting")),
        };

        var observation = Assert.Single(SeriesBuilder.Build(new Metric("m", "M", Unit.Count, "d", MetricDirection.Country), claims, PeriodFilter.None, null).Observations);

        Assert.Equal(3, observation.SourceCount);
        Assert.Equal(2, observation.IndependentOriginCount);
    }

    [Fact]
    public void ClaimsWithNoPeriodAreNeverOneObservation()
    {
        // Two figures no document dates are about no period in common: neither corroborates nor disputes the other.
        var key = new ObservationKey(null, "AZ", "CN", null);
        static Claim Undated(string id, double value) => new(id, value, Qualifier.Over, value.ToString(), "azernews", new DateOnly(2026, 1, 10), "quote", null, null, null)
        {
            Period = new PeriodDetail { Known = AzChina.Domain.Time.DateKnowledge.NotGiven },
        };

        var series = SeriesBuilder.Build(new Metric("m", "M", Unit.Usd, "d", MetricDirection.Pair),
            [new SeriesClaim(key, Undated("a", 4e9)), new SeriesClaim(key, Undated("b", 5e9))], PeriodFilter.None, null);

        Assert.Equal(2, series.Observations.Count);
        Assert.All(series.Observations, o => Assert.Equal(1, o.SourceCount));
    }
}
