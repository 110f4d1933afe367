using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// A query parameter the endpoint does not take is a 400 naming it (issue 16): it catches typos, and a
/// ?nonce=N can no longer make each request a new cache entry and a cache miss.
/// </summary>
public class QueryParameterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/events?limt=5", "limt", "limit")]
    [InlineData("/events?limit=5&nonce=1", "nonce", "includeTotal")]
    [InlineData("/events/no-such-event?format=json&x=1", "x", "format")]
    [InlineData("/metrics/trade_turnover/chart.svg?include=claims", "include", "asOf")]
    [InlineData("/search?q=baku&sort=date", "sort", "q")]
    [InlineData("/export/dataset.json?nonce=1", "nonce", "no query parameters")]
    [InlineData("/export/azchina.db?v=2", "v", "no query parameters")]
    [InlineData("/health?probe=1", "probe", "no query parameters")]
    public async Task AnUnknownParameterIsA400NamingItAndWhatTheEndpointTakes(string url, string unknown, string takes)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal("Unknown query parameter", problem.Str("title"));
        Assert.Contains($"'{unknown}'", problem.Str("detail"));
        Assert.Contains(takes, problem.Str("detail"));
        Assert.True(problem.GetProperty("errors").TryGetProperty(unknown, out _));
    }

    [Fact]
    public async Task EveryUnknownParameterIsNamed()
    {
        var problem = await _client.GetProblem("/sources?limt=1&ofset=2&limit=3", HttpStatusCode.BadRequest);

        Assert.StartsWith("Unknown query parameters 'limt', 'ofset'. This endpoint takes: ", problem.Str("detail"));
    }

    [Theory]
    [InlineData("/events?LIMIT=1&Q=baku")]
    [InlineData("/metrics/trade_turnover?asOf=2025-06-01&include=derived")]
    [InlineData("/health")]
    public async Task KnownParametersInAnyCaseAreServed(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HeadOfTheRootRedirectsAsGetDoes()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var get = await client.GetAsync("/");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Headers.Location, head.Headers.Location);
    }
}
