using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

/// <summary>Who said it, how a place is known, what each source calls an event (issue 13, item 4; review C7, C8, C11).</summary>
public class AttributionTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnUtteranceIsReportedAndNamesItsSpeaker()
    {
        // Review C7: Mustafayev's and Chen Ming's utterances were reported, Aliyev's and Li Qiang's claimed.
        var page = await _client.GetJson("/events?type=statement&limit=500");
        var statements = page.GetProperty("items").EnumerateArray().ToList();

        Assert.True(statements.Count >= 10);
        Assert.All(statements, s => Assert.Equal("reported", s.Str("assertion")));
        Assert.All(statements, s => Assert.False(string.IsNullOrEmpty(s.Str("speaker")), s.Str("id")));
        var denial = await _client.GetJson("/events/chen-ming-denies-zangezur-reports-2025-04");
        Assert.Equal("chen-ming", denial.Str("speaker"));
        Assert.Equal("reported", denial.Str("assertion"));
    }

    [Fact]
    public async Task AnInvitationKnownOnlyFromAnotherActorsWordIsClaimedByHim()
    {
        var invitation = await _client.GetJson("/events/xi-invites-aliyev-to-visit-china-2024");

        Assert.Equal("invitation", invitation.Str("type"));
        Assert.Equal("xi-jinping", invitation.Str("speaker"));
        Assert.Equal("claimed", invitation.Str("assertion"));
        Assert.Equal("ilham-aliyev", invitation.Str("assertedBy"));
    }

    [Fact]
    public async Task AQuoteInTheSpeakersOwnWordsNamesHim()
    {
        var denial = await _client.GetJson("/events/chen-ming-denies-zangezur-reports-2025-04");
        var evidence = denial.GetProperty("evidence").EnumerateArray().ToList();

        Assert.Contains(evidence, e => e.Str("speaker") == "chen-ming" && e.Str("quote")!.Contains("‘fake or inaccurate’"));
        // The teaser headline is the outlet's words.
        Assert.Contains(evidence, e => e.GetProperty("speaker").ValueKind == JsonValueKind.Null && e.Str("quote")!.StartsWith("China’s Ambassador"));
    }

    [Fact]
    public async Task TheVisitKeepsEachSourcesTermAndIsFoundByEach()
    {
        var visit = await _client.GetJson("/events/aliyev-state-visit-china-2025-04");
        var terms = visit.GetProperty("typeTerms").EnumerateArray().Select(t => (t.Str("type"), t.Str("term"), t.Str("sourceId"))).ToList();

        Assert.Equal("visit", visit.Str("type"));
        Assert.Contains(("state_visit", "state visit", "azernews-2026-01-10"), terms);
        Assert.Contains(("official_visit", "official visit", "caliber-2025-04-23"), terms);
        foreach (var type in new[] { "visit", "state_visit", "official_visit" })
            Assert.Contains("aliyev-state-visit-china-2025-04", await _client.GetIds($"/events?type={type}"));
        // No document says Xi received Aliyev during the visit, and the host country is its location (review C8).
        var participants = visit.GetProperty("participants").EnumerateArray().Select(p => p.Str("actorId")).ToList();
        Assert.DoesNotContain("xi-jinping", participants);
        Assert.DoesNotContain("china", participants);
    }

    [Theory]
    [InlineData("/events/garayev-commentary-trend-2025-04-22", "assumed_from_dateline")]
    [InlineData("/events/liu-jianchao-meets-aliyev-2025-04", "inferred_from_text")]
    [InlineData("/agreements/investment-working-group-agreement-2025", "inferred_from_text")]
    public async Task AnAssumedOrInferredPlaceSaysSoAndWhy(string url, string basis)
    {
        var record = await _client.GetJson(url);

        Assert.Equal(basis, record.Str("locationBasis"));
        Assert.False(string.IsNullOrEmpty(record.Str("locationNote")));
    }

    [Fact]
    public async Task AStatedPlaceSaysSoAndARecordWithoutAPlaceHasNoBasis()
    {
        var commission = await _client.GetJson("/events/commission-10th-meeting-2025-04-16");
        var denial = await _client.GetJson("/events/chen-ming-denies-zangezur-reports-2025-04");

        Assert.Equal("stated", commission.Str("locationBasis"));
        Assert.Equal(JsonValueKind.Null, denial.GetProperty("locationBasis").ValueKind);
    }

    [Fact]
    public async Task TheEventCsvCarriesSpeakerAndLocationBasis()
    {
        var (response, body) = await _client.GetText("/events?type=analysis", "text/csv");
        using var _ = response;

        var header = body.Split('\n')[0].Trim().Split(',');
        Assert.Contains("speaker", header);
        Assert.Contains("locationBasis", header);
        Assert.Contains("azer-garayev", body);
        Assert.Contains("assumed_from_dateline", body);
    }

    [Fact]
    public async Task TheDatasetExportCarriesTheSameAttribution()
    {
        var dataset = await _client.GetJson("/export/dataset.json");
        var events = dataset.GetProperty("events").EnumerateArray().ToList();
        var visit = events.Single(e => e.Str("id") == "aliyev-state-visit-china-2025-04");
        var garayev = events.Single(e => e.Str("id") == "garayev-commentary-trend-2025-04-22");

        Assert.Equal(3, visit.GetProperty("typeTerms").GetArrayLength());
        Assert.Equal("azer-garayev", garayev.Str("speaker"));
        Assert.Contains(garayev.GetProperty("evidence").EnumerateArray(), q => q.Str("speaker") == "azer-garayev");
        Assert.All(dataset.GetProperty("metrics").EnumerateArray(), m => Assert.False(string.IsNullOrEmpty(m.Str("direction"))));
    }
}
