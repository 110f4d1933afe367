using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

public class HardeningTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/events")]
    [InlineData("/events/nope")]
    [InlineData("/events?limit=0")]
    [InlineData("/swagger/index.html")]
    public async Task EveryResponseCarriesSecurityHeadersARequestIdAndNoServerVersion(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Request-Id").Single()));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Fact]
    public async Task JsonGetsARestrictiveContentSecurityPolicy()
    {
        using var response = await _client.GetAsync("/metrics/trade_turnover");

        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AProblemNamesTheRequestIdOfItsResponse()
    {
        using var response = await _client.GetAsync("/events/nope");
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), problem.Str("requestId"));
    }

    [Fact]
    public async Task AnOverlongUrlIsA414Problem()
    {
        var problem = await _client.GetProblem("/events?q=" + new string('a', 2100), HttpStatusCode.RequestUriTooLong);

        Assert.Contains("2048", problem.Str("detail"));
    }

    [Fact]
    public async Task AnOverlongUrlIsA414ProblemForACsvClientToo()
    {
        var problem = await _client.GetProblem("/events?q=" + new string('a', 2100), HttpStatusCode.RequestUriTooLong, accept: "text/csv");

        Assert.Contains("2048", problem.Str("detail"));
    }
}
