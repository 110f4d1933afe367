using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

/// <summary>Every bad value of a metrics parameter is a 400 problem naming that parameter, never a 500 or a silent default.</summary>
public class MetricParameterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/metrics/trade_turnover?asOf=2025-02-30", "asOf")]
    [InlineData("/metrics/trade_turnover?asOf=2025-04", "asOf")]
    [InlineData("/metrics?asOf=2025-13-01", "asOf")]
    [InlineData("/metrics/trade_turnover?from=2025-Q5", "from")]
    [InlineData("/metrics/trade_turnover?to=2025-00", "to")]
    [InlineData("/metrics/trade_turnover?from=2025&to=2024", "to")]
    [InlineData("/metrics/trade_turnover?latest=0", "latest")]
    [InlineData("/metrics/trade_turnover?latest=101", "latest")]
    [InlineData("/metrics/trade_turnover?latest=abc", "latest")]
    [InlineData("/metrics?name=trade_turnover&latest=-1", "latest")]
    [InlineData("/metrics/trade_turnover?reporter=az", "reporter")]
    [InlineData("/metrics/trade_turnover?partner=CHN", "partner")]
    [InlineData("/metrics/trade_turnover?subject=Not%20An%20Id", "subject")]
    [InlineData("/metrics/trade_turnover?include=everything", "include")]
    [InlineData("/metrics?name=trade_turnover&include=derived,claims", "include")]
    [InlineData("/metrics?from=2024", "from")]
    [InlineData("/metrics?include=derived", "include")]
    [InlineData("/metrics/trade_turnover/chart.svg?asOf=yesterday", "asOf")]
    [InlineData("/metrics/trade_turnover/chart.svg?to=2025-Q5", "to")]
    [InlineData("/metrics/trade_turnover/chart.svg?reporter=Az", "reporter")]
    [InlineData("/metrics/trade_turnover/chart.svg?format=csv", "format")]
    [InlineData("/metrics/trade_turnover/chart.svg?format=json", "format")]
    [InlineData("/metrics?name=trade_turnover&limit=0", "limit")]
    [InlineData("/metrics?name=trade_turnover&limit=10", "limit")]
    [InlineData("/metrics?name=trade_turnover&cursor=garbage", "cursor")]
    [InlineData("/metrics?name=trade_turnover&includeTotal=true", "includeTotal")]
    public async Task ABadValueIsA400NamingTheParameter(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}': {problem}");
        Assert.Contains($"'{parameter}'", problem.Str("detail"));
    }

    [Fact]
    public async Task PagingASeriesSaysItIsTheCataloguesParameter()
    {
        var problem = await _client.GetProblem("/metrics?name=trade_turnover&limit=0&cursor=garbage", HttpStatusCode.BadRequest);

        Assert.Contains("catalogue", problem.Str("detail"));
    }

    [Fact]
    public async Task TheChartTakesFormatSvgAsItsOnlyFormat()
    {
        using var plain = await _client.GetAsync("/metrics/trade_turnover/chart.svg");
        using var svg = await _client.GetAsync("/metrics/trade_turnover/chart.svg?format=svg");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await svg.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheMessageSaysWhatIsAccepted()
    {
        var period = await _client.GetProblem("/metrics/trade_turnover?from=2025-Q5", HttpStatusCode.BadRequest);
        var date = await _client.GetProblem("/metrics/trade_turnover?asOf=2025-02-30", HttpStatusCode.BadRequest);

        Assert.Contains("YYYY-Qn", period.Str("detail"));
        Assert.Contains("'2025-Q5'", period.Str("detail"));
        Assert.Contains("YYYY-MM-DD", date.Str("detail"));
    }
}
