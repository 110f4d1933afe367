using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Actors;

public class ActorsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheTwoCountriesAreActorsOfKindCountry()
    {
        var azerbaijan = await _client.GetJson("/actors/azerbaijan");
        var china = await _client.GetJson("/actors/china");

        Assert.Equal("country", azerbaijan.Str("kind"));
        Assert.Equal("AZ", azerbaijan.Str("country"));
        Assert.Equal("CN", china.Str("country"));
    }

    [Fact]
    public async Task APersonHasAliasesEventsAgreementsAndEvidence()
    {
        var aliyev = await _client.GetJson("/actors/ilham-aliyev");

        Assert.Equal("person", aliyev.Str("kind"));
        Assert.Contains(aliyev.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "İlham Əliyev");
        Assert.Contains(aliyev.GetProperty("events").EnumerateArray(), e => e.Str("id") == "aliyev-meets-li-qiang-2025-04-23");
        Assert.True(aliyev.GetProperty("evidence").GetArrayLength() >= 5);
    }

    [Fact]
    public async Task ACountryListsTheAgreementsItIsPartyTo()
    {
        var azerbaijan = await _client.GetJson("/actors/azerbaijan");

        var agreements = azerbaijan.GetProperty("agreements").EnumerateArray().Select(a => a.Str("id")).ToList();
        Assert.Contains("strategic-partnership-declaration-2024", agreements);
        Assert.Contains("comprehensive-strategic-partnership-declaration-2025", agreements);
    }

    [Fact]
    public async Task ListIsAlphabeticalByName()
    {
        var page = await _client.GetJson("/actors?limit=500");

        var names = page.GetProperty("items").EnumerateArray().Select(a => a.Str("name")).ToList();
        Assert.True(names.Count >= 40);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }
}
