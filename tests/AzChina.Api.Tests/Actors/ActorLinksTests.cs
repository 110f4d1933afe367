using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Actors;

/// <summary>People's organisations, mentions and sources' outlets and authors: every actor is reachable (issue 13, item 3; review 5.4).</summary>
public class ActorLinksTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<string> Ids(JsonElement record, string property) =>
        record.GetProperty(property).EnumerateArray().Select(e => e.Str("id")).ToList();

    [Fact]
    public async Task APersonNamesTheOrganisationAndTheOrganisationItsPeople()
    {
        var lingJi = await _client.GetJson("/actors/ling-ji");
        var ministry = await _client.GetJson("/actors/ministry-of-commerce-of-china");

        var membership = lingJi.GetProperty("memberOf").EnumerateArray().Single();
        Assert.Equal("ministry-of-commerce-of-china", membership.Str("id"));
        Assert.Equal("Deputy Minister", membership.Str("role"));
        Assert.Equal(["ling-ji"], Ids(ministry, "members"));
    }

    [Fact]
    public async Task AMentionedActorListsTheRecordsThatNameIt()
    {
        var fund = await _client.GetJson("/actors/state-oil-fund-of-azerbaijan");
        var group = await _client.GetJson("/actors/az-cn-investment-cooperation-working-group");

        var mention = fund.GetProperty("mentionedIn").EnumerateArray().Single();
        Assert.Equal(("claim", "investment-stock-az-cn-2025-04-16-trend-commission"), (mention.Str("kind"), mention.Str("id")));
        Assert.Contains(group.GetProperty("mentionedIn").EnumerateArray(), m => m.Str("kind") == "agreement" && m.Str("id") == "investment-working-group-agreement-2025");
    }

    [Fact]
    public async Task AnOutletAndAnAuthorListTheirSources()
    {
        var caliber = await _client.GetJson("/actors/caliber-az");
        var author = await _client.GetJson("/actors/tamilla-hasanova");
        var source = await _client.GetJson("/sources/caliber-2025-04-23");

        Assert.Equal("outlet", caliber.GetProperty("sources").EnumerateArray().Single().Str("role"));
        Assert.Equal(["caliber-2025-04-23"], Ids(author, "sources"));
        Assert.Equal(("caliber-az", "tamilla-hasanova"), (source.Str("outletId"), source.Str("authorId")));
    }

    [Fact]
    public async Task EveryActorIsReachableFromSomeRecord()
    {
        var page = await _client.GetJson("/actors?limit=500");

        foreach (var id in page.Ids())
        {
            var actor = await _client.GetJson($"/actors/{id}");
            var links = new[] { "events", "agreements", "memberOf", "members", "mentionedIn", "sources", "claims", "projects" }
                .Sum(p => actor.GetProperty(p).GetArrayLength());
            Assert.True(links > 0, $"{id} is linked to nothing");
        }
    }

    [Fact]
    public async Task TheStatesTheScoTeaserNamesAreMentionsOfTheDialoguePartnerRecord()
    {
        foreach (var id in new[] { "russia", "kazakhstan", "tajikistan", "kyrgyzstan", "china" })
        {
            var actor = await _client.GetJson($"/actors/{id}");
            Assert.Contains(actor.GetProperty("mentionedIn").EnumerateArray(), m => m.Str("id") == "azerbaijan-sco-dialogue-partner-2015");
        }
    }

    [Fact]
    public async Task AnActorsDetailListsTheFiguresItStates()
    {
        var committee = await _client.GetJson("/actors/state-statistics-committee-of-azerbaijan");

        Assert.Equal(["china-share-of-foreign-trade-2025-04-21-ocmedia", "trading-partner-rank-2025-04-21-ocmedia"],
            committee.GetProperty("claims").EnumerateArray().Select(c => c.Str("id")).Order(StringComparer.Ordinal));
    }
}
