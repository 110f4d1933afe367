using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>Independent origins beside sourceCount (issue 13, item 4; review section 4): relays of one interview are one origin.</summary>
public class MetricOriginTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("companies_with_chinese_capital_registered", "2025-04-21", 2, 1)]
    [InlineData("companies_with_chinese_capital_active", "2025-04-21", 2, 1)]
    [InlineData("belt_and_road_investment_rank", "2025-04-21", 2, 1)]
    [InlineData("china_share_of_foreign_trade", "2025-04-21", 2, 1)]
    // OC Media and Trend relay the Xinhua interview's "fourth"; Caliber's, from the Li Qiang meeting, is as of that day (2025-04-23).
    [InlineData("trading_partner_rank", "2025-04-21", 2, 1)]
    [InlineData("trading_partner_rank", "2025-04-23", 1, 1)]
    // OC's 20.7% is from the interview; Garayev's is his own, Caliber's from the meeting, the commission's the outlet's narration.
    [InlineData("trade_turnover_growth", "2024", 4, 4)]
    public async Task AnObservationCountsIndependentOriginsBesideSources(string metric, string period, int sources, int origins)
    {
        var series = await _client.GetJson($"/metrics/{metric}");

        var observation = series.Observations().Single(o => o.Str("period") == period);
        Assert.Equal(sources, observation.GetProperty("sourceCount").GetInt32());
        Assert.Equal(origins, observation.GetProperty("independentOriginCount").GetInt32());
    }

    [Fact]
    public async Task EachClaimNamesTheEventItWasStatedAt()
    {
        var series = await _client.GetJson("/metrics/companies_with_chinese_capital_registered");

        var claims = series.Observations().Single().GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("xinhua-interview-aliyev-2025-04-21", c.Str("statedAt")));
        var narrated = (await _client.GetJson("/metrics/trade_turnover")).WithoutPeriod();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, narrated.GetProperty("claims")[0].GetProperty("statedAt").ValueKind);
    }

    [Fact]
    public async Task TheCsvSeriesHasTheIndependentOriginCount()
    {
        var (_, csv) = await _client.GetText("/metrics/trading_partner_rank?format=csv");

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var column = Array.IndexOf(lines[0], "independentOriginCount");
        Assert.True(column >= 0);
        // The first observation, 21 April 2025: two outlets relaying one interview.
        Assert.Equal("2", lines[1][Array.IndexOf(lines[0], "sourceCount")]);
        Assert.Equal("1", lines[1][column]);
    }
}
