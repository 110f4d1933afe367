using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Initiatives;

public class InitiativesTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheListHasTheZangezurCorridorWithEachSidesFraming()
    {
        var page = await _client.GetJson("/initiatives?limit=50");
        var zangezur = page.GetProperty("items").EnumerateArray().Single(i => i.Str("id") == "zangezur-corridor");

        var framings = zangezur.GetProperty("framings").EnumerateArray().ToDictionary(f => f.Str("id"));
        // The commission's framing (Trend) against the chargé's denial and the deleted reports it disputes.
        Assert.Equal("commission-10th-meeting-2025-04-16", framings["commission-segment-of-middle-corridor"].Str("eventId"));
        Assert.Equal("chen-ming", framings["chen-ming-denial"].Str("framedBy"));
        Assert.Equal("chen-ming", framings["chen-ming-denial"].GetProperty("evidence")[0].Str("speaker"));
        foreach (var deleted in new[] { "sputnik-liu-great-importance", "azerbaijani-media-chinese-companies-construct" })
        {
            Assert.Equal("disputed", framings[deleted].Str("assertion"));
            Assert.Equal(["chen-ming-denies-zangezur-reports-2025-04"], framings[deleted].GetProperty("disputedBy").EnumerateArray().Select(d => d.GetString()));
        }
        Assert.All(framings.Values, f => Assert.NotEmpty(f.GetProperty("evidence").EnumerateArray()));
    }

    [Fact]
    public async Task TheMiddleCorridorHasOnlyTheNamesTheDocumentsEquate()
    {
        var corridor = await _client.GetJson("/initiatives/middle-corridor");

        Assert.Equal(["Trans-Caspian International Transport Route", "East–West transport corridor"],
            corridor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("li-qiang-statement-middle-corridor-2025-04-23", corridor.GetProperty("events").EnumerateArray().Select(e => e.Str("id")));
        Assert.Equal(["chinese-railway-projects-central-asia"], corridor.GetProperty("projects").EnumerateArray().Select(p => p.Str("id")));
        Assert.Contains("caspian-sea", corridor.GetProperty("places").EnumerateArray().Select(p => p.Str("id")));
        Assert.Contains("middle-corridor", await _client.GetIds("/initiatives?q=Trans-Caspian"));
    }

    [Fact]
    public async Task TheBeltAndRoadInitiativeHasItsMetricAndClaims()
    {
        var bri = await _client.GetJson("/initiatives/belt-and-road-initiative");

        Assert.Equal(["belt_and_road_investment_rank"], bri.GetProperty("metrics").EnumerateArray().Select(m => m.Str("name")));
        Assert.Equal(2, bri.GetProperty("claims").GetArrayLength());
        // A linked article's headline says "One Belt, One Road"; no document says the names are one.
        Assert.DoesNotContain("One Belt, One Road", bri.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("/initiatives?kind=corridor", 3)]
    [InlineData("/initiatives?kind=railway", 1)]
    [InlineData("/initiatives?place=armenia", 1)]
    [InlineData("/initiatives?place=central-asia", 1)]
    [InlineData("/initiatives?q=green%20Silk%20Road", 1)]
    public async Task InitiativesFilterByKindPlaceAndText(string url, int count) =>
        Assert.Equal(count, (await _client.GetIds(url)).Count);

    [Fact]
    public async Task TheCsvListNamesTheFramings()
    {
        var (_, csv) = await _client.GetText("/initiatives?format=csv&kind=corridor");
        Assert.Contains("chen-ming-denial", csv);
    }
}
