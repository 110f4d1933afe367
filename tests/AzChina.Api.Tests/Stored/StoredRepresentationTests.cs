using System.Collections.Concurrent;
using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Data;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace AzChina.Api.Tests.Stored;

/// <summary>
/// The stored representations (issue 15) answer byte for byte what the computed path answers: every
/// record in detail, every series, and a table of lists through every filter, sort, limit and cursor page.
/// The same host answers both ways; <see cref="ReadOnlyDatabase.ServesStored"/> switches between them.
/// </summary>
public sealed class StoredRepresentationTests : IClassFixture<StoredRepresentationTests.Api>, IDisposable
{
    /// <summary>The API with its response cache off, so that each request reaches the database, and no rate limit for the tests' thousands of requests.</summary>
    public sealed class Api : AzChinaApiFactory
    {
        public Api() => Settings = new Dictionary<string, string?> { ["Http:ResponseCacheMegabytes"] = "0", ["Http:RateLimitPermits"] = "1000000" };
    }

    private readonly HttpClient _client;
    private readonly ReadOnlyDatabase _database;

    public StoredRepresentationTests(Api api)
    {
        _client = api.CreateClient();
        _database = api.Services.GetRequiredService<ReadOnlyDatabase>();
        Assert.True(_database.ServesStored, "the database the API built must carry representations this code rendered");
    }

    public void Dispose() => _database.ServesStored = true;

    public static TheoryData<string> Lists =>
    [
        "/events", "/events?limit=1", "/events?limit=7", "/events?limit=500", "/events?sort=date&limit=6", "/events?includeTotal=true&limit=5",
        "/events?type=statement", "/events?type=official_visit", "/events?topic=trade&limit=3", "/events?status=held&status=planned",
        "/events?partOf=none&limit=4", "/events?partOf=aliyev-meets-li-qiang-2025-04-23", "/events?actor=ilham-aliyev&limit=4",
        "/events?actor=ilham-aliyev&actor=li-qiang", "/events?country=CN", "/events?country=AZ&sort=date",
        "/events?from=2025-04&to=2025-04-30&limit=3", "/events?from=2025&dateMatch=possible&limit=4", "/events?to=2024-12-31&sort=date",
        "/events?q=Aliyev&limit=3", "/events?q=Aliyev&sort=date&limit=3", "/events?q=trade*&limit=2", "/events?q=China&includeTotal=true&limit=4",
        "/events?format=json&limit=2", "/events?q=China&limit=1", "/events?q=China&sort=date&limit=1",
        "/actors", "/actors?limit=1", "/actors?limit=5", "/actors?kind=person&limit=3", "/actors?country=CN", "/actors?q=Aliyev", "/actors?includeTotal=true&limit=10",
        "/agreements", "/agreements?limit=1", "/agreements?limit=2", "/agreements?sort=date&limit=3", "/agreements?status=signed", "/agreements?kind=declaration",
        "/agreements?actor=azerbaijan", "/agreements?from=2025&to=2025", "/agreements?q=cooperation&limit=2",
        "/actors/ilham-aliyev/events?limit=4", "/actors/ilham-aliyev/events?from=2025-04&limit=3", "/actors/azerbaijan/agreements?limit=2",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryPageOfAListIsTheComputedPage(string url)
    {
        // Every page of the list, following the computed path's cursors (the stored path must give the same).
        var next = url;
        for (var page = 0; next is not null && page < 50; page++)
        {
            var body = await SameBothWays(next);
            next = JsonDocument.Parse(body).RootElement.GetProperty("nextCursor").GetString() is { } cursor
                ? $"{url}{(url.Contains('?') ? '&' : '?')}cursor={Uri.EscapeDataString(cursor)}"
                : null;
        }
        Assert.Null(next);
    }

    [Fact]
    public async Task EveryRecordInDetailIsTheComputedRecord()
    {
        foreach (var (list, detail) in new[] { ("/events", "/events/"), ("/actors", "/actors/"), ("/agreements", "/agreements/") })
        {
            var ids = await _client.GetIds($"{list}?limit=500");
            Assert.NotEmpty(ids);
            foreach (var id in ids)
            {
                await SameBothWays(detail + id);
                await SameBothWays(detail + id + "?format=json");
            }
        }
    }

    [Fact]
    public async Task EverySeriesIsTheComputedSeries()
    {
        var names = (await _client.GetJson("/metrics?limit=500")).Ids("name");
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            await SameBothWays($"/metrics/{name}");
            await SameBothWays($"/metrics?name={name}");
            await SameBothWays($"/metrics/{name}?format=json");
            // Filtered, derived and CSV answers are computed either way; the store must not answer them.
            await SameBothWays($"/metrics/{name}?include=derived");
            await SameBothWays($"/metrics/{name}?asOf=2025-06-01");
        }
    }

    [Fact]
    public async Task AnswersTheStoreDoesNotHoldAreComputedAsBefore()
    {
        await SameBothWays("/events/no-such-event", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/events/no-such-event?format=json", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/actors/no-such-actor", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/agreements/no-such-agreement", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/events/Not_An_Id", System.Net.HttpStatusCode.BadRequest);
        await SameBothWays("/metrics/no_such_metric", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/metrics?name=no_such_metric", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/metrics?name=", System.Net.HttpStatusCode.NotFound);
        await SameBothWays("/events/commission-10th-meeting-2025-04-16?format=csv", System.Net.HttpStatusCode.BadRequest);
        await SameBothWays("/events?format=csv&limit=3");
        await SameBothWays("/metrics/trade_turnover?format=csv");
        await SameBothWays("/metrics/trade_turnover", accept: "text/csv");
        await SameBothWays("/events?limit=3", accept: "text/csv");
    }

    [Fact]
    public async Task AStoredRouteOpensOneConnectionForARecordItHasAndForOneItHasNot()
    {
        var opened = 0;
        _database.Opened = _ => Interlocked.Increment(ref opened);
        try
        {
            foreach (var url in new[] { "/events/commission-10th-meeting-2025-04-16", "/events/no-such-event", "/actors/no-such-actor",
                         "/metrics/no_such_metric", "/metrics?name=no_such_metric", "/events/Not_An_Id" })
            {
                opened = 0;
                using var response = await _client.GetAsync(url);
                Assert.True(opened == 1, $"GET {url} ({(int)response.StatusCode}) opened {opened} connections");
            }
        }
        finally
        {
            _database.Opened = null;
        }
    }

    [Fact]
    public async Task TheStoredPathReadsTheStoreAndNotTheRecords()
    {
        var statements = new ConcurrentQueue<string>();
        delegate_trace trace = (_, sql) => statements.Enqueue(sql.utf8_to_string());
        _database.Opened = db => raw.sqlite3_trace(db.Handle, trace, null);
        try
        {
            foreach (var url in new[] { "/events?limit=5", "/events/commission-10th-meeting-2025-04-16", "/actors?limit=5", "/agreements", "/metrics/trade_turnover" })
            {
                statements.Clear();
                (await _client.GetAsync(url)).EnsureSuccessStatusCode();
                Assert.Contains(statements, s => s.Contains("representations"));
                // No participants, topics, evidence or claims are read per request.
                Assert.DoesNotContain(statements, s => s.Contains("event_participants") || s.Contains("evidence") || s.Contains("FROM claims"));
            }
        }
        finally
        {
            _database.Opened = null;
            GC.KeepAlive(trace);
        }
    }

    /// <summary>GETs the URL stored and computed, checks that status, headers and body are the same, and returns the body.</summary>
    private async Task<string> SameBothWays(string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK, string? accept = null)
    {
        _database.ServesStored = true;
        var (storedResponse, stored) = await Get(url, accept);
        _database.ServesStored = false;
        var (computedResponse, computed) = await Get(url, accept);
        _database.ServesStored = true;

        Assert.True(computedResponse.StatusCode == expected, $"GET {url}: {(int)computedResponse.StatusCode} {computed}");
        Assert.Equal(computedResponse.StatusCode, storedResponse.StatusCode);
        Assert.Equal(Headers(computedResponse), Headers(storedResponse));
        // A problem names its own request; everything else in it must agree.
        if (expected != System.Net.HttpStatusCode.OK) (computed, stored) = (WithoutRequestIds(computed), WithoutRequestIds(stored));
        Assert.True(computed == stored, $"GET {url}: the stored body differs from the computed one\ncomputed: {computed}\nstored:   {stored}");
        return computed;
    }

    private async Task<(HttpResponseMessage Response, string Body)> Get(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string WithoutRequestIds(string problem) =>
        System.Text.RegularExpressions.Regex.Replace(problem, "\"(traceId|requestId)\":\"[^\"]*\"", "\"$1\":\"\"");

    // Every header but the date and the request id, content and framing alike (a Content-Length where the computed answer has none would show here).
    private static string Headers(HttpResponseMessage response) => string.Join("\n",
        response.Headers.Concat(response.Content.Headers).Where(h => h.Key is not ("Date" or "X-Request-ID"))
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}").Order(StringComparer.Ordinal));
}
