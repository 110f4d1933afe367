using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Data;

/// <summary>Replicas behind a load balancer each build their own database: built from the same seeds, they must be interchangeable.
/// (Their fingerprints and ETags are equal by construction in one process: DatabaseBuildTests.TwoBuildsFromTheSameSeedsHaveTheSameFingerprint
/// covers the fingerprint; what can differ here is the bytes each build serves.)</summary>
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
    public async Task TwoBuildsFromTheSameSeedsServeTheSameBodies()
    {
        Assert.NotEqual(_first.DatabasePath, _second.DatabasePath);
        var a = _first.CreateClient();
        var b = _second.CreateClient();

        foreach (var url in new[] { "/events?limit=3", "/events?type=meeting&format=csv", "/metrics?name=trade_turnover", "/actors/ilham-aliyev",
                                    "/search?q=Aliyev", "/agreements?sort=date", "/export/dataset.json" })
        {
            using var fromA = await a.GetAsync(url);
            using var fromB = await b.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, fromA.StatusCode);
            Assert.Equal(await fromA.Content.ReadAsStringAsync(), await fromB.Content.ReadAsStringAsync());
        }
    }
}
