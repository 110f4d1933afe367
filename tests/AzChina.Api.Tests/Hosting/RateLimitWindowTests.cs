using System.Net;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AzChina.Api.Tests.Hosting;

/// <summary>Retry-After is the time left in the window, and refusals are one log line per client per window (issue 16).</summary>
public sealed class RateLimitWindowTests : IDisposable
{
    private readonly StoppedClock _clock = new(new DateTimeOffset(2026, 1, 1, 10, 0, 45, TimeSpan.Zero));
    private readonly AzChinaApiFactory _factory;

    public RateLimitWindowTests()
    {
        _factory = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Http:RateLimitPermits"] = "2",
                ["Http:RateLimitWindowSeconds"] = "60",
                ["Serilog:MinimumLevel:Default"] = "Information",
                ["Http:RequestLogLevel"] = "Information",
            },
            ExtraServices = services => services.AddSingleton<TimeProvider>(_clock),
        };
    }

    public void Dispose() => _factory.Dispose();

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task RetryAfterIsTheTimeLeftInTheWindowAndANewWindowServesAgain()
    {
        var client = _factory.CreateClient();
        // The window starts with the first request.
        await client.GetJson("/sources");
        _clock.Now = _clock.Now.AddSeconds(20);
        await client.GetJson("/sources");

        using var refused = await client.GetAsync("/sources");
        _clock.Now = _clock.Now.AddSeconds(37);
        using var later = await client.GetAsync("/sources");
        _clock.Now = _clock.Now.AddSeconds(3);
        using var nextWindow = await client.GetAsync("/sources");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("40", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("3", later.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, nextWindow.StatusCode);
    }

    [Fact]
    public async Task RefusalsAreSummarisedInOneLinePerClientNotLoggedOneByOne()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 2; i++) await client.GetJson("/sources");
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/sources")).StatusCode);

        // The summary is written each window and when the host stops.
        _factory.Dispose();

        var lines = _factory.Logs.Lines;
        Assert.Equal(2, lines.Count(l => l.StartsWith("HTTP ")));
        Assert.Equal("Refused 5 requests over the rate limit (2 per 60 s) from unknown in the last 60 s",
            Assert.Single(lines, l => l.StartsWith("Refused")).Replace("\"", ""));
    }
}
