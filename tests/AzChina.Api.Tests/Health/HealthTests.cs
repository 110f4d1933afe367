using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Health;

public class HealthTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HealthGivesTheFingerprintAndTheRecordCounts()
    {
        var health = await _client.GetJson("/health");

        Assert.Equal("ok", health.Str("status"));
        Assert.Matches("^[0-9a-f]{16}$", health.Str("fingerprint"));
        var counts = health.GetProperty("counts");
        Assert.Equal(5, counts.GetProperty("sources").GetInt32());
        Assert.True(counts.GetProperty("events").GetInt32() >= 20);
        Assert.True(counts.GetProperty("agreements").GetInt32() >= 5);
        Assert.True(counts.GetProperty("actors").GetInt32() >= 40);
        Assert.True(counts.GetProperty("claims").GetInt32() >= 30);
    }
}
