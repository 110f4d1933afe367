using System.Net;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy (deploy/nginx.conf) the API learns the client's scheme and address from
/// X-Forwarded-Proto and X-Forwarded-For, but only from the proxies it trusts (Http:TrustedProxies,
/// loopback by default): from anyone else a client could claim any address and dodge its rate limit (issue 16).
/// </summary>
public sealed class ProxyTests : IDisposable
{
    private readonly AzChinaApiFactory _default = new();
    private readonly AzChinaApiFactory _configured = new()
    {
        Settings = new Dictionary<string, string?> { ["Http:TrustedProxies:0"] = "10.0.0.0/8" },
    };
    // The framework's switch trusted every peer; it no longer widens the configured list.
    private readonly AzChinaApiFactory _frameworkSwitch = new()
    {
        Settings = new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" },
    };

    public void Dispose()
    {
        _default.Dispose();
        _configured.Dispose();
        _frameworkSwitch.Dispose();
    }

    /// <summary>A request forwarded as HTTPS, arriving from <paramref name="peer"/>.</summary>
    private static Task<HttpContext> ForwardedAsHttps(AzChinaApiFactory factory, string peer) =>
        factory.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            context.Request.Method = "GET";
            context.Request.Path = "/events";
            context.Request.QueryString = new QueryString("?limit=1");
            // HSTS is never sent to localhost.
            context.Request.Host = new HostString("api.example.org");
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
        });

    private static void AssertTrusted(HttpContext response, bool trusted)
    {
        Assert.Equal(200, response.Response.StatusCode);
        Assert.Equal(trusted, response.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.StartsWith(trusted ? "<https://api.example.org/" : "<http://api.example.org/", response.Response.Headers.Link.ToString());
    }

    [Fact]
    public async Task FromLoopbackTheForwardedSchemeGivesHstsAndHttpsLinks() =>
        AssertTrusted(await ForwardedAsHttps(_default, "127.0.0.1"), trusted: true);

    [Fact]
    public async Task FromAnyOtherPeerForwardedHeadersAreIgnored() =>
        AssertTrusted(await ForwardedAsHttps(_default, "203.0.113.9"), trusted: false);

    [Fact]
    public async Task ConfiguredProxiesReplaceLoopback()
    {
        AssertTrusted(await ForwardedAsHttps(_configured, "10.1.2.3"), trusted: true);
        AssertTrusted(await ForwardedAsHttps(_configured, "127.0.0.1"), trusted: false);
    }

    [Fact]
    public async Task TheFrameworkSwitchNoLongerTrustsEveryPeer() =>
        AssertTrusted(await ForwardedAsHttps(_frameworkSwitch, "203.0.113.9"), trusted: false);

    [Fact]
    public async Task FromATrustedProxyTheClientAddressIsTheForwardedOne()
    {
        using var factory = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?> { ["Http:RateLimitPermits"] = "1", ["Serilog:MinimumLevel:Default"] = "Information" },
        };

        var first = await ForwardedAsHttps(factory, "127.0.0.1");
        var second = await ForwardedAsHttps(factory, "127.0.0.1");
        factory.Dispose();

        Assert.Equal(200, first.Response.StatusCode);
        Assert.Equal(429, second.Response.StatusCode);
        Assert.True(factory.Logs.Lines.Any(l => l.StartsWith("Refused 1 requests over the rate limit") && l.Contains("198.51.100.7")), string.Join("\n", factory.Logs.Lines));
    }
}
