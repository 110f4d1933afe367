using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>Caching, cross-origin reads and headers every client relies on.</summary>
public class HttpBehaviourTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ResponsesCarryAStrongETagFromTheFingerprintAndRevalidateTo304()
    {
        var fingerprint = (await _client.GetJson("/health")).Str("fingerprint");
        using var first = await _client.Send("/metrics/trade_turnover");
        var etag = first.Headers.ETag!;

        Assert.False(etag.IsWeak);
        Assert.StartsWith($"\"{fingerprint}-", etag.Tag);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var revalidated = await _client.Send("/metrics/trade_turnover", r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);

        using var stale = await _client.Send("/metrics/trade_turnover", r => r.Headers.IfNoneMatch.ParseAdd("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Theory]
    [InlineData("W/")]
    [InlineData("")]
    public async Task IfNoneMatchComparesWeaklyAndHonoursTheWildcard(string prefix)
    {
        using var first = await _client.Send("/events?limit=3");
        var tag = first.Headers.ETag!.Tag;

        using var weak = await _client.Send("/events?limit=3", r => r.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", {prefix}{tag}"));
        using var any = await _client.Send("/events?limit=3", r => r.Headers.TryAddWithoutValidation("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, any.StatusCode);
    }

    // RFC 9110 §13.1.2: "*" is false where there is no current representation, so errors stay errors.
    [Theory]
    [InlineData("/events/no-such-event", HttpStatusCode.NotFound)]
    [InlineData("/events?limit=abc", HttpStatusCode.BadRequest)]
    [InlineData("/no/such/path", HttpStatusCode.NotFound)]
    [InlineData("/metrics/gdp", HttpStatusCode.NotFound)]
    public async Task IfNoneMatchAnyDoesNotTurnAnErrorInto304(string url, HttpStatusCode expected)
    {
        using var plain = await _client.Send(url);
        using var any = await _client.Send(url, r => r.Headers.TryAddWithoutValidation("If-None-Match", "*"));

        Assert.Equal(expected, plain.StatusCode);
        Assert.Equal(expected, any.StatusCode);
        Assert.Equal("application/problem+json", any.Content.Headers.ContentType?.MediaType);
        Assert.Null(any.Headers.ETag);
    }

    [Fact]
    public async Task AnIdInAnotherCaseIsNotAnsweredFromTheCachedRecord()
    {
        var id = (await _client.GetJson("/events?limit=1")).GetProperty("items")[0].Str("id");
        using var exact = await _client.Send($"/events/{id}");
        using var shouted = await _client.Send($"/events/{id.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, shouted.StatusCode);
    }

    [Theory]
    [InlineData("/events?limit=2")]
    [InlineData("/metrics/trade_turnover")]
    [InlineData("/metrics/trade_turnover/chart.svg")]
    [InlineData("/health")]
    [InlineData("/export/dataset.json")]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string url)
    {
        using var get = await _client.Send(url);
        using var head = await _client.Send(url, method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadOfAMissingRecordIsA404()
    {
        using var head = await _client.Send("/events/no-such-event", method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task EachRepresentationHasItsOwnETag()
    {
        using var json = await _client.Send("/events?limit=5");
        using var csv = await _client.Send("/events?limit=5", r => r.Headers.Accept.ParseAdd("text/csv"));
        using var other = await _client.Send("/events?limit=6");

        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, other.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [Fact]
    public async Task ErrorsAndHealthAreNotCached()
    {
        using var notFound = await _client.Send("/events/nope");
        using var health = await _client.Send("/health");

        Assert.Null(notFound.Headers.ETag);
        Assert.Null(health.Headers.ETag);
    }

    [Fact]
    public async Task AnyOriginMayReadAndSeesThePagingAndCachingHeaders()
    {
        using var response = await _client.Send("/events?limit=1", r => r.Headers.Add("Origin", "https://example.org"));

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("ETag", exposed);
        Assert.Contains("Link", exposed);
    }

    /// <summary>A browser's CORS preflight for a cross-origin request to /events.</summary>
    private Task<HttpResponseMessage> Preflight(string method, string? headers = null) => _client.Send("/events", r =>
    {
        r.Headers.Add("Origin", "https://example.org");
        r.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null) r.Headers.Add("Access-Control-Request-Headers", headers);
    }, HttpMethod.Options);

    [Fact]
    public async Task APreflightAllowsGetButNotWrites()
    {
        using var get = await Preflight("GET");
        using var delete = await Preflight("DELETE");

        Assert.Contains("GET", get.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.DoesNotContain("DELETE", delete.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? methods.Single() : "");
    }

    [Fact]
    public async Task APreflightAllowsIfNoneMatchSoThatAPageCanRevalidate()
    {
        using var conditional = await Preflight("GET", "if-none-match");
        using var other = await Preflight("GET", "x-anything");

        Assert.Equal(HttpStatusCode.NoContent, conditional.StatusCode);
        Assert.Contains("if-none-match", conditional.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        // The browser compares the request's headers with this list, so an unknown one is never on it.
        Assert.DoesNotContain("x-anything", other.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnyOriginSeesTheDownloadNameAndTheRequestId()
    {
        using var response = await _client.Send("/sources?format=csv", r => r.Headers.Add("Origin", "https://example.org"));

        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("Content-Disposition", exposed);
        Assert.Contains("X-Request-Id", exposed);
    }
}
