using System.Net;
using AzChina.Data;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AzChina.Api.Tests.Hosting;

/// <summary>The in-memory response cache answers exactly what the endpoint answered.</summary>
public class ResponseCacheTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/events?limit=2", null)]
    [InlineData("/events?limit=2", "text/csv")]
    [InlineData("/actors?limit=3&includeTotal=true&format=csv", null)]
    [InlineData("/metrics?name=trade_turnover", null)]
    public async Task ARepeatedRequestGetsTheSameStatusHeadersAndBody(string url, string? accept)
    {
        var (first, firstBody) = await _client.GetText(url, accept);
        var (second, secondBody) = await _client.GetText(url, accept);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, secondBody);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        foreach (var header in new[] { "Link", "X-Total-Count" })
            Assert.Equal(first.Headers.TryGetValues(header, out var a) ? a : [], second.Headers.TryGetValues(header, out var b) ? b : []);
    }

    [Fact]
    public async Task TheNextLinkFollowsTheHostOfEachRequest()
    {
        var other = factory.CreateClient(new() { BaseAddress = new Uri("http://replica.example") });

        var (here, _) = await _client.GetText("/events?limit=1");
        var (there, _) = await other.GetText("/events?limit=1");

        Assert.StartsWith("<http://localhost/events?", here.Headers.GetValues("Link").Single());
        Assert.StartsWith("<http://replica.example/events?", there.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task ARepeatedRequestIsAnsweredWithoutTheDatabaseAndAnErrorIsNot()
    {
        var opened = await DatabaseOpensFor(factory, "/events?limit=7", "/events?limit=7", "/events/nope", "/events/nope");

        // An id the store does not hold is answered on the connection that looked it up there (its 404), every time.
        Assert.Equal([1, 0, 1, 1], opened);
    }

    /// <summary>How many database connections each request opened, in order.</summary>
    internal static async Task<int[]> DatabaseOpensFor(AzChinaApiFactory factory, params string[] urls)
    {
        var client = factory.CreateClient();
        await client.GetAsync("/health");
        var database = factory.Services.GetRequiredService<ReadOnlyDatabase>();
        var opens = 0;
        database.Opened = _ => Interlocked.Increment(ref opens);
        try
        {
            var counts = new List<int>();
            foreach (var url in urls)
            {
                var before = opens;
                using var response = await client.GetAsync(url);
                counts.Add(opens - before);
            }
            return counts.ToArray();
        }
        finally
        {
            database.Opened = null;
        }
    }
}
