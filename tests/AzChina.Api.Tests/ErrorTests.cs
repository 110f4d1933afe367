using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

public class ErrorTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/events")]
    [InlineData("/metrics/trade_turnover")]
    public async Task WritingMethodsAre405ProblemsWithAllow(string url)
    {
        using var response = await _client.PostAsync(url, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AnUnknownPathIsA404Problem()
    {
        await _client.GetProblem("/no/such/path", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ErrorBodiesCarryNoStackTrace()
    {
        using var response = await _client.GetAsync("/events?limit=abc");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }
}
