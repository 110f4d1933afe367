using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

public class SeedValidatorTests
{
    private static readonly SeedEvidence Quote = new("src", "a quote");


    private static SeedDataset Valid() => new(
        [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64))],
        [new SeedActor("az", "Azerbaijan", "country", "AZ", null, ["Azərbaycan"], [Quote])],
        [new SeedEvent("ev", Stated("2024-07"), "why", "summit", "Summit", null, null, null, [new SeedParticipant("az", "host")], ["trade"], null, null, [Quote], "held")],
        [new SeedAgreement("ag", "Declaration", "declaration", "signed", Unknown, null, null, null, ["az"], null, null, null, [Quote],
            [new SeedAgreementEvent("ev", "signed_at")])],
        [new SeedMetric("trade_turnover", "Trade", "USD", "What it is", "pair")],
        [new SeedClaim("cl", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 3.7e9, "exact", "a", null, null, [Quote])]);

    [Fact]
    public void AValidDatasetHasNoErrors()
    {
        Assert.Empty(SeedValidator.Validate(Valid()));
    }

    [Fact]
    public void NamesTheFileRecordAndFieldOfEachProblem()
    {
        var data = Valid() with
        {
            Events = [new SeedEvent("ev", Stated("2024-02-30"), null, "party", "Summit", null, null, "Azerbaijan",
                [new SeedParticipant("ghost", null)], ["gossip"], "claimed", null, [new SeedEvidence("nowhere", "q")])],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains("seeds/events.json: record 'ev', field 'date.edtf': '2024-02-30' is not an EDTF date this data uses (YYYY, YYYY-MM or YYYY-MM-DD, years 0001-9999, no qualifiers)", errors);
        Assert.Contains(errors, e => e.Contains("field 'type': 'party' is not one of"));
        Assert.Contains(errors, e => e.Contains("field 'participants[0].actorId': unknown actor 'ghost'"));
        Assert.Contains(errors, e => e.Contains("field 'topics[0]': 'gossip' is not one of"));
        Assert.Contains(errors, e => e.Contains("field 'locationCountry'"));
        Assert.Contains(errors, e => e.Contains("field 'assertedBy': a claimed record must name who claims it"));
        Assert.Contains(errors, e => e.Contains("field 'evidence[0].sourceId': unknown source 'nowhere'"));
    }

    [Theory]
    [InlineData(null, "field 'sha256': is required")]
    [InlineData("ABC", "field 'sha256': 'ABC' is not a SHA-256 (64 lower-case hexadecimal digits)")]
    public void EverySourceRecordsTheSha256OfItsDocument(string? sha256, string expected)
    {
        var data = Valid() with { Sources = [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, sha256)] };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains($"seeds/sources.json: record 'src', {expected}", errors);
    }

    [Fact]
    public void OnlyAClaimedOrDisputedRecordNamesWhoAssertsIt()
    {
        var data = Valid() with
        {
            Events =
            [
                new SeedEvent("ev", Stated("2024-07"), "why", "summit", "Summit", null, null, null, [], ["trade"], "reported", "az", [Quote], "held"),
                new SeedEvent("ev-claimed", Stated("2024-07"), "why", "meeting", "Met", null, null, null, [], ["trade"], "claimed", "az", [Quote], "held"),
                new SeedEvent("ev-disputed", Stated("2024-07"), "why", "media_report", "Report", null, null, null, [], ["media"], "disputed", "az", [Quote], "held", DisputedBy: ["ev"]),
                new SeedEvent("ev-unattributed", Stated("2024-07"), "why", "media_report", "Report", null, null, null, [], ["media"], "disputed", null, [Quote], "held", DisputedBy: ["ev"]),
            ],
            // No assertion means reported.
            Agreements = [new SeedAgreement("ag", "Declaration", "declaration", "signed", Unknown, null, null, null, ["az"], null, null, "az", [Quote])],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', field 'assertedBy': a reported record names no asserter"));
        Assert.Contains(errors, e => e.StartsWith("seeds/agreements.json: record 'ag', field 'assertedBy': a reported record names no asserter"));
    }

    [Fact]
    public void RejectsARecordWithoutEvidenceAndAnOverlongQuote()
    {
        var data = Valid() with
        {
            Actors = [new SeedActor("az", "Azerbaijan", "country", "AZ", null, null, [])],
            Agreements = [new SeedAgreement("ag", "D", "declaration", "signed", Unknown, null, null, null, ["az"], null, null, null,
                [new SeedEvidence("src", new string('x', 301))])],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("seeds/actors.json: record 'az', field 'evidence'"));
        Assert.Contains(errors, e => e.Contains("'ag', field 'evidence[0].quote': is 301 characters"));
    }

    [Fact]
    public void RejectsDanglingReferencesDuplicateIdsAndUnknownVocabulary()
    {
        var data = Valid() with
        {
            Agreements = [new SeedAgreement("ag", "D", "declaration", "maybe", Unknown, null, null, null, ["nobody"], null, null, null, [Quote],
                [new SeedAgreementEvent("no-event", "signed_at")])],
            Claims =
            [
                new SeedClaim("cl", "gdp", StatedPeriod("2024-Q5"), "AZ", "CN", null, 1, "roughly", "a", null, null, [Quote]),
                new SeedClaim("cl", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, null, "exact", "zzz", null, null, [Quote]),
            ],
            Metrics = [new SeedMetric("trade_turnover", "Trade", null, "What")],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("'ag', field 'status': 'maybe' is not one of: signed, agreed, anticipated, announced"));
        Assert.Contains(errors, e => e.Contains("'ag', field 'parties[0]': unknown actor 'nobody'"));
        Assert.Contains(errors, e => e.Contains("'ag', field 'events[0].eventId': unknown event 'no-event'"));
        Assert.Contains(errors, e => e.Contains("seeds/claims.json: record 'cl', field 'id': duplicate id"));
        Assert.Contains(errors, e => e.Contains("field 'metric': unknown metric 'gdp'"));
        Assert.Contains(errors, e => e.Contains("field 'period.text': '2024-Q5' is not a period"));
        Assert.Contains(errors, e => e.Contains("field 'qualifier': 'roughly' is not one of"));
        Assert.Contains(errors, e => e.Contains("field 'value': is required"));
        Assert.Contains(errors, e => e.Contains("field 'stated': 'zzz' does not appear"));
        Assert.Contains(errors, e => e.Contains("seeds/metrics.json: record 'trade_turnover', field 'unit': is required"));
    }

    [Fact]
    public void AClaimQuotesOneSourceAndASourceStatesAFigureOnce()
    {
        var twoSources = new SeedClaim("c1", "trade_turnover", StatedPeriod("2023"), "AZ", "CN", null, 1, "exact", "a", null, null,
            [Quote, new SeedEvidence("other", "a")]);
        var again = new SeedClaim("c2", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 1, "exact", "a", null, null, [Quote]);
        var first = new SeedClaim("c0", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 1, "exact", "a", null, null, [Quote]);
        var data = Valid() with { Claims = [twoSources, first, again] };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("'c1', field 'evidence': a claim is one source's statement"));
        Assert.Contains(errors, e => e.Contains("'c2', field 'id': duplicates claim 'c0'"));
    }

    [Fact]
    public void EveryTextAndIdHasALengthLimitNamedWithItsField()
    {
        var huge = new string('a', 10 * 1024 * 1024);
        var data = Valid() with
        {
            Events = [new SeedEvent("ev", Stated("2024-07"), "why", "summit", "Summit", huge, null, null,
                [new SeedParticipant("az", new string('r', 301))], ["trade"], null, null, [Quote])],
            Claims = [new SeedClaim(huge, "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 3.7e9, "exact", "a", null, null, [Quote])],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains("seeds/events.json: record 'ev', field 'summary': is 10485760 characters; at most 2000 are allowed", errors);
        Assert.Contains("seeds/events.json: record 'ev', field 'participants[0].role': is 301 characters; at most 300 are allowed", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/claims.json: record 'aaaa") && e.Contains("(10485760 characters)', field 'id': is 10485760 characters; ids are at most 100"));
        // No message repeats the 10 MB value.
        Assert.All(errors, e => Assert.True(e.Length < 1000));
    }

    [Theory]
    [InlineData("Li\u001fQiang", "001F")]
    [InlineData("Li\nQiang", "000A")]
    [InlineData("Li\0Qiang", "0000")]
    public void TextsHaveNoControlCharacters(string title, string code)
    {
        var data = Valid() with
        {
            Events = [new SeedEvent("ev", Stated("2024-07"), "why", "summit", title, null, null, null, [], ["trade"], null, null, [Quote])],
        };

        var errors = SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

        Assert.Contains($"seeds/events.json: record 'ev', field 'title': contains the control character U+{code}; texts may not", errors);
    }
}
