using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Actors;

/// <summary>The filters of /actors and an actor's events and agreements.</summary>
public class ActorFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ActorsFilterByKindCountryAndNameOrAlias()
    {
        var countries = await _client.GetIds("/actors?kind=country&limit=500");
        Assert.Contains("azerbaijan", countries);
        Assert.Contains("china", countries);
        Assert.DoesNotContain("ilham-aliyev", countries);
        Assert.All((await _client.GetJson("/actors?country=CN&limit=500")).GetProperty("items").EnumerateArray(),
            a => Assert.Equal("CN", a.Str("country")));
        Assert.Contains("ilham-aliyev", await _client.GetIds("/actors?q=%C6%8Fliyev"));
        Assert.Contains("ling-ji", await _client.GetIds("/actors?q=Lin%20Ji"));
        Assert.Contains("xi-jinping", await _client.GetIds("/actors?q=%E4%B9%A0%E8%BF%91%E5%B9%B3"));
    }

    [Fact]
    public async Task AnActorsEventsAndAgreementsArePagedListsOfTheirOwn()
    {
        Assert.Equal(await _client.GetIds("/events?actor=ilham-aliyev&limit=500"), await _client.GetIds("/actors/ilham-aliyev/events?limit=500"));
        Assert.Equal(await _client.GetIds("/agreements?actor=azerbaijan&limit=500"), await _client.GetIds("/actors/azerbaijan/agreements?limit=500"));
        var firstPage = await _client.GetJson("/actors/ilham-aliyev/events?limit=2");
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, firstPage.GetProperty("nextCursor").ValueKind);
    }
}
