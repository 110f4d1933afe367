using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

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

    [Theory]
    [InlineData("/events?limit=abc", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/events?limit=0", HttpStatusCode.BadRequest, "limit")]
    [InlineData("/metrics?name=trade_turnover&format=xml", HttpStatusCode.BadRequest, "format")]
    [InlineData("/no/such/path", HttpStatusCode.NotFound, null)]
    [InlineData("/events/no-such-event", HttpStatusCode.NotFound, null)]
    public async Task AClientThatAsksForCsvGetsErrorsAsProblemJson(string url, HttpStatusCode status, string? parameter)
    {
        var problem = await _client.GetProblem(url, status, accept: "text/csv");

        Assert.False(string.IsNullOrEmpty(problem.Str("title")));
        Assert.False(string.IsNullOrEmpty(problem.Str("requestId")));
        if (parameter is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Fact]
    public async Task A405ForACsvClientIsAProblemToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/events") { Content = new StringContent("{}") };
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
