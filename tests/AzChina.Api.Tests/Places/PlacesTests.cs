using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Places;

public class PlacesTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task KhojalyShowsTheSericultureProjectAndItsSeedlingsClaim()
    {
        var khojaly = await _client.GetJson("/places/khojaly");

        Assert.Equal(["sericulture-project-khojaly"], khojaly.GetProperty("projects").EnumerateArray().Select(p => p.Str("id")));
        var claim = khojaly.GetProperty("claims").EnumerateArray().Single();
        Assert.Equal(("mulberry-seedlings-sent-2025-04-16-trend-commission", "destination", "stated"), (claim.Str("id"), claim.Str("role"), claim.Str("basis")));
        Assert.Equal(130000, claim.GetProperty("value").GetDouble());
        Assert.Contains("commission-10th-meeting-2025-04-16", khojaly.GetProperty("events").EnumerateArray().Select(e => e.Str("id")));
        Assert.NotEmpty(khojaly.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task AParentTheDocumentsDoNotStateSaysWhatItRestsOnOrIsLeftOpen()
    {
        var khojaly = await _client.GetJson("/places/khojaly");
        var karabakh = await _client.GetJson("/places/karabakh");

        // Read from "the reconstruction of the liberated territories. Specifically, … Khojaly"; Karabakh is named by no document as its parent.
        Assert.Equal(("liberated-territories", "inferred_from_text"), (khojaly.Str("parent"), khojaly.Str("parentBasis")));
        Assert.Contains("Karabakh", khojaly.Str("parentNote"));
        Assert.Equal("place", khojaly.Str("kind"));
        Assert.Equal(JsonValueKind.Null, karabakh.GetProperty("parent").ValueKind);
        Assert.Equal(JsonValueKind.Null, karabakh.GetProperty("country").ValueKind);
        Assert.False(string.IsNullOrEmpty(karabakh.Str("parentNote")));
    }

    [Fact]
    public async Task ACountryListsItsCitiesAndWhatHappenedInThem()
    {
        var china = await _client.GetJson("/places/china");

        var children = china.GetProperty("children").EnumerateArray().Select(c => c.Str("id")).ToList();
        Assert.Equal(["beijing", "chengdu", "nanjing", "qingdao", "shanghai", "urumqi", "zhangjiajie"], children);
        // Events held in Beijing are events in China; each says which place it is linked to.
        var liQiang = china.GetProperty("events").EnumerateArray().First(e => e.Str("id") == "aliyev-meets-li-qiang-2025-04-23");
        Assert.Equal(("beijing", "held_in", "inferred_from_text"), (liQiang.Str("placeId"), liQiang.Str("role"), liQiang.Str("basis")));
        Assert.Contains("azerbaijani-trading-and-wine-houses-china", china.GetProperty("projects").EnumerateArray().Select(p => p.Str("id")));
    }

    [Fact]
    public async Task ThePortIsAPlaceNotAnActor()
    {
        var port = await _client.GetJson("/places/baku-international-sea-trade-port");

        Assert.Equal("port", port.Str("kind"));
        Assert.Contains("Baku International Trade Seaport", port.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        await _client.GetJson("/actors/baku-international-sea-trade-port", System.Net.HttpStatusCode.NotFound);
        Assert.Contains("garayev-commentary-trend-2025-04-22", port.GetProperty("events").EnumerateArray().Select(e => e.Str("id")));
    }

    [Theory]
    [InlineData("/places?kind=city", 8)]
    [InlineData("/places?parent=china", 7)]
    [InlineData("/places?country=KZ", 1)]
    [InlineData("/places?kind=port", 1)]
    public async Task PlacesFilterByKindParentAndCountry(string url, int count) =>
        Assert.Equal(count, (await _client.GetIds(url)).Count);

    [Theory]
    [InlineData("Xocalı", "khojaly")]
    [InlineData("xocali", "khojaly")]
    [InlineData("Trade Seaport", "baku-international-sea-trade-port")]
    [InlineData("乌鲁木齐", "urumqi")]
    public async Task APlaceIsFoundByAnyOfItsNames(string q, string id)
    {
        Assert.Contains(id, await _client.GetIds($"/places?q={Uri.EscapeDataString(q)}"));
        var hits = (await _client.GetJson($"/search?q={Uri.EscapeDataString(q)}&kind=place")).Ids();
        Assert.Contains(id, hits);
    }

    [Fact]
    public async Task TheListIsAlphabeticalAndTheCsvHasTheParent()
    {
        var names = (await _client.GetJson("/places?limit=500")).GetProperty("items").EnumerateArray().Select(p => p.Str("name")).ToList();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var (_, csv) = await _client.GetText("/places?format=csv&parent=china");
        Assert.StartsWith("\uFEFFid,name,kind,country,parent,parentBasis,aliases", csv);
        Assert.Contains("urumqi,Urumqi,city,CN,china,stated", csv);
    }

    [Fact]
    public async Task EventsFilterByPlaceIncludingThePlacesWithinIt()
    {
        Assert.Equal(["commission-10th-meeting-2025-04-16"], await _client.GetIds("/events?place=khojaly"));
        var inChina = await _client.GetIds("/events?place=china&limit=500");
        Assert.Contains("aliyev-meets-li-qiang-2025-04-23", inChina);
        Assert.Contains("aliyev-xinhua-trading-houses-2025-04-21", inChina);
        var meeting = await _client.GetJson("/events/commission-10th-meeting-2025-04-16");
        var held = meeting.GetProperty("places").EnumerateArray().First();
        Assert.Equal(("baku", "held_in", "stated"), (held.Str("id"), held.Str("role"), held.Str("basis")));
        // The display string stays.
        Assert.Equal("Baku, Azerbaijan", meeting.Str("location"));
    }

    [Fact]
    public async Task AMetricSeriesFiltersItsClaimsByPlace()
    {
        var khojaly = await _client.GetJson("/metrics/mulberry_seedlings_sent?place=khojaly");
        var beijing = await _client.GetJson("/metrics/mulberry_seedlings_sent?place=beijing");
        var caucasus = await _client.GetJson("/metrics/south_caucasus_trading_partner_rank?place=south-caucasus");

        Assert.Single(khojaly.GetProperty("observations").EnumerateArray());
        Assert.Empty(beijing.GetProperty("observations").EnumerateArray());
        Assert.Single(caucasus.GetProperty("observations").EnumerateArray());
    }
}
