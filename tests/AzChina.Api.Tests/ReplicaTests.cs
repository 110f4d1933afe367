using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

/// <summary>Replicas behind a load balancer each build their own database: built from the same seeds, they must be interchangeable.</summary>
public sealed class ReplicaTests : IDisposable
{
    private readonly AzChinaApiFactory _first = new();
    private readonly AzChinaApiFactory _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task TwoBuildsFromTheSameSeedsGiveTheSameFingerprintETagsAndBodies()
    {
        Assert.NotEqual(_first.DatabasePath, _second.DatabasePath);
        var a = _first.CreateClient();
        var b = _second.CreateClient();
        Assert.Equal((await a.GetJson("/health")).Str("fingerprint"), (await b.GetJson("/health")).Str("fingerprint"));

        foreach (var url in new[] { "/events?limit=3", "/events?type=meeting&format=csv", "/metrics?name=trade_turnover", "/actors/ilham-aliyev",
                                    "/search?q=Aliyev", "/agreements?sort=date", "/export/dataset.json" })
        {
            using var fromA = await a.GetAsync(url);
            using var fromB = await b.GetAsync(url);
            Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
            Assert.NotNull(fromA.Headers.ETag);
            Assert.Equal(await fromA.Content.ReadAsStringAsync(), await fromB.Content.ReadAsStringAsync());
        }
    }
}
