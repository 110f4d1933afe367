using System.Net;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// The Host header goes into absolute Link URLs (and cache keys): a 30 KB one grew memory without bound
/// (issue 16). It is bounded, or with Http:PublicBaseUrl not used at all.
/// </summary>
public sealed class HostHeaderTests : IDisposable
{
    private readonly AzChinaApiFactory _default = new();
    private readonly AzChinaApiFactory _public = new()
    {
        Settings = new Dictionary<string, string?> { ["Http:PublicBaseUrl"] = "https://api.example.org" },
    };

    public void Dispose()
    {
        _default.Dispose();
        _public.Dispose();
    }

    private static async Task<HttpResponseMessage> GetWithHost(AzChinaApiFactory factory, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/events?limit=1");
        request.Headers.Host = host;
        return await factory.CreateClient().SendAsync(request);
    }

    // Past HttpClient's own checks on a Host header.
    private static Task<HttpContext> GetWithRawHost(AzChinaApiFactory factory, string host) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/events";
            context.Request.QueryString = new QueryString("?limit=1");
            context.Request.Host = new HostString(host);
        });

    [Fact]
    public async Task AnOverlongHostIsA400Problem()
    {
        var context = await GetWithRawHost(_default, new string('h', 300) + ".example");
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        Assert.Contains("The Host header is 308 characters; at most 255 are accepted.", body);
    }

    [Fact]
    public async Task WithoutAPublicBaseUrlLinksFollowAHostOfNormalLength()
    {
        using var response = await GetWithHost(_default, "api.example.net:8443");

        Assert.StartsWith("<http://api.example.net:8443/events?limit=1&cursor=", Assert.Single(response.Headers.GetValues("Link")));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost:8080")]
    public async Task WithAPublicBaseUrlLinksIgnoreTheHost(string host)
    {
        using var response = await GetWithHost(_public, host);

        Assert.StartsWith("<https://api.example.org/events?limit=1&cursor=", Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task WithAPublicBaseUrlEvenAnOverlongHostIsServed()
    {
        var context = await GetWithRawHost(_public, new string('h', 30_000));

        Assert.Equal(200, context.Response.StatusCode);
        Assert.StartsWith("<https://api.example.org/", context.Response.Headers.Link.ToString());
    }
}
