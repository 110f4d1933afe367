using System.Net;
using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Shared;

/// <summary>The filters of /agreements, /actors, /sources and the actor relations.</summary>
public class ListFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<string>> Ids(string url) => (await _client.GetJson(url)).Ids();

    [Fact]
    public async Task AgreementsFilterByStatusKindActorAndDate()
    {
        Assert.Equal(["visa-free-travel-agreement"], await Ids("/agreements?status=anticipated"));
        Assert.Equal(["commission-10th-meeting-protocol-2025"], await Ids("/agreements?kind=protocol"));
        Assert.Equal(["byd-electric-bus-localization-project"], await Ids("/agreements?actor=byd"));
        Assert.Equal(["strategic-partnership-declaration-2024"], await Ids("/agreements?from=2024&to=2024"));
        Assert.Contains("comprehensive-strategic-partnership-declaration-2025", await Ids("/agreements?q=comprehensive"));
    }

    [Fact]
    public async Task AgreementsOldestFirstStillPutUndatedOnesLast()
    {
        var oldestFirst = await Ids("/agreements?sort=date");

        Assert.Equal("strategic-partnership-declaration-2024", oldestFirst[0]);
        var dated = (await _client.GetJson("/agreements?sort=date")).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("date").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(dated.OrderByDescending(d => d), dated);
    }

    [Fact]
    public async Task ActorsFilterByKindCountryAndNameOrAlias()
    {
        var countries = await Ids("/actors?kind=country&limit=500");
        Assert.Contains("azerbaijan", countries);
        Assert.Contains("china", countries);
        Assert.DoesNotContain("ilham-aliyev", countries);
        Assert.All((await _client.GetJson("/actors?country=CN&limit=500")).GetProperty("items").EnumerateArray(),
            a => Assert.Equal("CN", a.Str("country")));
        Assert.Contains("ilham-aliyev", await Ids("/actors?q=%C6%8Fliyev"));
        Assert.Contains("ling-ji", await Ids("/actors?q=Lin%20Ji"));
        Assert.Contains("xi-jinping", await Ids("/actors?q=%E4%B9%A0%E8%BF%91%E5%B9%B3"));
    }

    [Fact]
    public async Task SourcesFilterByOutletAndPublicationDate()
    {
        Assert.Equal(["trend-2025-04-22-garayev", "trend-2025-04-16-commission"], await Ids("/sources?outlet=trend%20news%20agency"));
        Assert.Equal(["azernews-2026-01-10"], await Ids("/sources?from=2026"));
        Assert.Equal(["trend-2025-04-16-commission"], await Ids("/sources?to=2025-04-20"));
    }

    [Fact]
    public async Task AnActorsEventsAndAgreementsArePagedListsOfTheirOwn()
    {
        Assert.Equal(await Ids("/events?actor=ilham-aliyev&limit=500"), await Ids("/actors/ilham-aliyev/events?limit=500"));
        Assert.Equal(await Ids("/agreements?actor=azerbaijan&limit=500"), await Ids("/actors/azerbaijan/agreements?limit=500"));
        var firstPage = await _client.GetJson("/actors/ilham-aliyev/events?limit=2");
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, firstPage.GetProperty("nextCursor").ValueKind);
    }
}
