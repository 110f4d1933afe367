using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy (deploy/nginx.conf) the API learns the client's scheme from
/// X-Forwarded-Proto, when ASPNETCORE_FORWARDEDHEADERS_ENABLED says a proxy is there: HSTS is sent and
/// Link URLs are https. Without the setting the header is not trusted.
/// </summary>
public sealed class ProxyTests : IDisposable
{
    private readonly AzChinaApiFactory _behindProxy = new()
    {
        Settings = new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" },
    };
    private readonly AzChinaApiFactory _direct = new();

    public void Dispose()
    {
        _behindProxy.Dispose();
        _direct.Dispose();
    }

    private static async Task<HttpResponseMessage> GetForwardedAsHttps(AzChinaApiFactory factory)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/events?limit=1");
        request.Headers.Add("X-Forwarded-Proto", "https");
        // HSTS is never sent to localhost.
        request.Headers.Host = "api.example.org";
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task BehindAProxyTheForwardedSchemeGivesHstsAndHttpsLinks()
    {
        using var response = await GetForwardedAsHttps(_behindProxy);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.StartsWith("<https://api.example.org/", Assert.Single(response.Headers.GetValues("Link")));
    }

    [Fact]
    public async Task WithoutTheSettingAForwardedSchemeIsNotTrusted()
    {
        using var response = await GetForwardedAsHttps(_direct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.StartsWith("<http://api.example.org/", Assert.Single(response.Headers.GetValues("Link")));
    }
}
