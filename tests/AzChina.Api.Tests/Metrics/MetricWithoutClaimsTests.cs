using System.Text.Json;
using System.Text.Json.Nodes;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>A metric in the catalogue before any source states a figure for it.</summary>
public sealed class MetricWithoutClaimsTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly AzChinaApiFactory _factory;

    public MetricWithoutClaimsTests()
    {
        var seeds = _directory.CopyOfSeedsWith("metrics.json", metrics => metrics.Add(new JsonObject
        {
            ["name"] = "aaa_untracked", ["label"] = "Untracked", ["unit"] = "count",
            ["description"] = "No claims yet.", ["direction"] = "country",
        }));
        _factory = new AzChinaApiFactory { SeedsPath = seeds };
    }

    public void Dispose()
    {
        _factory.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task IsListedWithNoPeriodsAndHasAnEmptySeries()
    {
        var client = _factory.CreateClient();

        var catalogue = await client.GetJson("/metrics?limit=1");
        var first = catalogue.GetProperty("items")[0];
        Assert.Equal("aaa_untracked", first.Str("name"));
        Assert.Equal(0, first.GetProperty("observationCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("firstPeriod").ValueKind);

        var series = await client.GetJson("/metrics/aaa_untracked");
        Assert.Equal(0, series.GetProperty("observations").GetArrayLength());
    }
}
