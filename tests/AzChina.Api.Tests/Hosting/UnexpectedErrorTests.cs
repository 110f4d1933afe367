using System.Net;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Serilog.Events;

namespace AzChina.Api.Tests.Hosting;

public sealed class UnexpectedErrorTests : IDisposable
{
    private readonly AzChinaApiFactory _factory = new()
    {
        Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnUnexpectedFailureIsAGeneric500ProblemWhoseRequestIdIsInTheLog()
    {
        var client = _factory.CreateClient();
        await client.GetJson("/health");
        // The database vanishing under the API is a failure no request can cause.
        SqliteConnection.ClearAllPools();
        File.Delete(_factory.DatabasePath);

        using var response = await client.GetAsync("/events");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Sqlite", body);
        Assert.DoesNotContain(" at ", body);
        var requestId = response.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains(requestId, body);
        var logged = _factory.Logs.Events.Where(e => e.Level == LogEventLevel.Error && e.Exception is not null).ToList();
        Assert.Contains(logged, e => e.Properties.TryGetValue("RequestId", out var id) && id.ToString().Trim('"') == requestId);
        var requestLine = _factory.Logs.Events.Single(e => e.RenderMessage().StartsWith("HTTP \"GET\" \"/events\""));
        Assert.Equal(requestId, requestLine.Properties["RequestId"].ToString().Trim('"'));
    }
}
