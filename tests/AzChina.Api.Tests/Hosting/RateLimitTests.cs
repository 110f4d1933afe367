using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

public sealed class RateLimitTests : IDisposable
{
    private readonly AzChinaApiFactory _factory = new()
    {
        Settings = new Dictionary<string, string?> { ["Http:RateLimitPermits"] = "3", ["Http:RateLimitWindowSeconds"] = "60" },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PastTheLimitAClientGets429ProblemWithRetryAfter()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++) await client.GetJson("/sources");

        using var response = await client.GetAsync("/sources");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Contains("429", body);
    }

    [Fact]
    public async Task PastTheLimitACsvClientGetsThe429ProblemToo()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/csv");
        for (var i = 0; i < 3; i++) (await client.GetAsync("/sources")).EnsureSuccessStatusCode();

        var problem = await client.GetProblem("/sources", HttpStatusCode.TooManyRequests);

        Assert.Equal("Too many requests", problem.Str("title"));
        Assert.Contains("retry after", problem.Str("detail"));
    }
}
