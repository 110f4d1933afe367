using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>from/to (overlap), latest, and the direction filters reporter, partner and subject.</summary>
public class MetricFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("from=2025-Q2", new string[0])]
    [InlineData("to=2024", new[] { "2024" })]
    [InlineData("from=2025-03&to=2025-03", new[] { "2025-Q1" })]
    [InlineData("from=2025-04-16", new string[0])]
    [InlineData("from=2024&to=2025-Q1", new[] { "2024", "2025-Q1" })]
    public async Task FromAndToKeepThePeriodsThatOverlapThem(string filter, string[] periods)
    {
        var series = await _client.GetJson($"/metrics/trade_turnover?{filter}");

        Assert.Equal(periods, series.Periods());
    }

    [Theory]
    [InlineData(1, new[] { "2025-Q1" })]
    [InlineData(2, new[] { "2024", "2025-Q1" })]
    // The figure with no period given is never among the latest.
    [InlineData(100, new[] { "2024", "2025-Q1" })]
    public async Task LatestKeepsThePeriodsThatEndedLast(int latest, string[] periods)
    {
        var series = await _client.GetJson($"/metrics/trade_turnover?latest={latest}");

        Assert.Equal(periods, series.Periods().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LatestAppliesAfterFromAndTo()
    {
        var series = await _client.GetJson("/metrics/trade_turnover?to=2024-12&latest=1");

        Assert.Equal(["2024"], series.Periods());
    }

    [Fact]
    public async Task LatestCountsPeriodsNotDirections()
    {
        var series = await _client.GetJson("/metrics/investment_stock?latest=1");

        Assert.Equal(2, series.Observations().Count);
    }

    [Fact]
    public async Task InvestmentIsOneObservationPerDirection()
    {
        var fromChina = await _client.GetJson("/metrics/investment_stock?reporter=CN");
        var intoChina = await _client.GetJson("/metrics?name=investment_stock&reporter=AZ&partner=CN");

        var cn = Assert.Single(fromChina.Observations());
        Assert.Equal("AZ", cn.Str("partner"));
        Assert.Equal(942_000_000, cn.Number("value"));
        Assert.Equal("nearly", cn.Str("qualifier"));
        Assert.Equal(942_000_000, cn.Number("upperBound"));
        Assert.Equal("nearly $942 million", cn.Str("display"));

        var az = Assert.Single(intoChina.Observations());
        Assert.Equal(2_100_000_000, az.Number("value"));
        Assert.Equal("about $2.1 billion", az.Str("display"));
    }

    [Fact]
    public async Task AWellFormedCodeWithNoDataIsAnEmptySeries()
    {
        var series = await _client.GetJson("/metrics/investment_stock?partner=FR");

        Assert.Empty(series.Observations());
        Assert.Equal("investment_stock", series.Str("name"));
    }

    [Fact]
    public async Task SubjectSelectsTheFiguresAboutAnActor()
    {
        var hubei = await _client.GetJson("/metrics/international_scientific_projects_implemented?subject=hubei-international-professional-exchange-association");
        var nobody = await _client.GetJson("/metrics/international_scientific_projects_implemented?subject=nobody");

        var projects = Assert.Single(hubei.Observations());
        Assert.Equal("over 200", projects.Str("display"));
        Assert.Equal(200, projects.Number("lowerBound"));
        Assert.Empty(nobody.Observations());
    }

    [Theory]
    [InlineData("trade_turnover_growth", "2025-Q1", "percent", "37%")]
    [InlineData("trade_turnover_growth", "2024", "percent", "20.7%")]
    [InlineData("trading_partner_rank", "2025-04-23", "rank", "4th")]
    [InlineData("companies_with_chinese_capital_registered", "2025-04-21", "count", "375")]
    [InlineData("highways_built_or_renovated_km", "2025-04-21", "km", "21,000 km")]
    [InlineData("trade_turnover", "2025-Q1", "USD", "over $1 billion")]
    [InlineData("china_share_of_imports", "2025-04-21", "percent", "17.69%")]
    public async Task EveryObservationSaysItsUnitAndHowAPersonWouldSayIt(string metric, string period, string unit, string display)
    {
        var observation = (await _client.GetJson($"/metrics/{metric}")).Observation(period);

        Assert.Equal(unit, observation.Str("unit"));
        Assert.Equal(display, observation.Str("display"));
        Assert.False(observation.GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task SourceCountIsTheNumberOfSourcesStatingTheFigure()
    {
        var series = await _client.GetJson("/metrics/trade_turnover");

        Assert.Equal(4, series.Observation("2024").GetProperty("sourceCount").GetInt32());
        Assert.Equal(1, series.WithoutPeriod().GetProperty("sourceCount").GetInt32());
    }
}
