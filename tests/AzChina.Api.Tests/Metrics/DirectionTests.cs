using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>Each metric says what reporter and partner mean, and its claims follow it (review C3, section 5.6).</summary>
public class DirectionTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("trade_turnover", "pair")]
    [InlineData("investment_stock", "flow")]
    [InlineData("companies_with_chinese_capital_registered", "flow")]
    [InlineData("tunnels_built", "country")]
    [InlineData("international_scientific_projects_implemented", "subject")]
    public async Task EveryMetricStatesItsDirection(string name, string direction)
    {
        var series = await _client.GetJson($"/metrics/{name}");
        var catalogue = await _client.GetJson("/metrics?limit=100");

        Assert.Equal(direction, series.Str("direction"));
        Assert.Equal(direction, catalogue.GetProperty("items").EnumerateArray().Single(m => m.Str("name") == name).Str("direction"));
    }

    [Fact]
    public async Task CompaniesWithChineseCapitalRunFromChinaLikeChineseInvestment()
    {
        var companies = await _client.GetJson("/metrics/companies_with_chinese_capital_registered?reporter=CN");
        var investment = await _client.GetJson("/metrics/investment_stock?reporter=CN");

        Assert.All(new[] { companies, investment }, s =>
            Assert.All(s.GetProperty("observations").EnumerateArray(), o => Assert.Equal("AZ", o.Str("partner"))));
        Assert.Equal(375, companies.GetProperty("observations")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task TheSeedlingsHaveTheirDestinationAndNoOrigin()
    {
        var series = await _client.GetJson("/metrics/mulberry_seedlings_sent");
        var seedlings = Assert.Single(series.GetProperty("observations").EnumerateArray());

        Assert.Equal("AZ", seedlings.Str("partner"));
        Assert.Equal(JsonValueKind.Null, seedlings.GetProperty("reporter").ValueKind);
        Assert.Contains("130,000", seedlings.GetProperty("claims")[0].Str("quote"));
    }
}
