using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Sources;

/// <summary>The filters of /sources.</summary>
public class SourceFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SourcesFilterByOutletAndPublicationDate()
    {
        Assert.Equal(["trend-2025-04-22-garayev", "trend-2025-04-16-commission"], await _client.GetIds("/sources?outlet=trend%20news%20agency"));
        Assert.Equal(["azernews-2026-01-10"], await _client.GetIds("/sources?from=2026"));
        Assert.Equal(["trend-2025-04-16-commission"], await _client.GetIds("/sources?to=2025-04-20"));
    }
}
