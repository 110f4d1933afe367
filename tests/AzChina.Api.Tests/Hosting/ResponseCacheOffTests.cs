using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

public sealed class ResponseCacheOffTests : IDisposable
{
    private readonly AzChinaApiFactory _factory = new() { Settings = new Dictionary<string, string?> { ["Http:ResponseCacheMegabytes"] = "0" } };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WithTheCacheOffEveryRequestReadsTheDatabase()
    {
        var opened = await ResponseCacheTests.DatabaseOpensFor(_factory, "/events?limit=7", "/events?limit=7");

        Assert.Equal([1, 1], opened);
    }
}
