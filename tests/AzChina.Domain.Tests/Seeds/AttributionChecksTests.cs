using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>The conventions on who said what, where and in which direction (seeds/README.md), as the validator enforces them.</summary>
public class AttributionChecksTests
{
    private static readonly SeedEvidence Quote = new("src", "President Ilham Aliyev said it in Baku.");

    private static SeedDataset Valid() => new(
        [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64))],
        [
            new SeedActor("az", "Azerbaijan", "country", "AZ", null, [], [Quote]),
            new SeedActor("aliyev", "Ilham Aliyev", "person", "AZ", "President of Azerbaijan", [], [Quote]),
            new SeedActor("xi", "Xi Jinping", "person", "CN", "President of China", ["Xi"], [Quote]),
            new SeedActor("hubei", "Hubei association", "association", "CN", null, [], [Quote]),
        ],
        [Statement()],
        [],
        [
            new SeedMetric("trade_turnover", "Trade", "USD", "AZ–CN trade", "pair", "AZ", "CN"),
            new SeedMetric("investment_stock", "Investment", "USD", "origin to destination", "flow"),
            new SeedMetric("tunnels_built", "Tunnels", "count", "in the reporter", "country"),
            new SeedMetric("projects", "Projects", "count", "of the subject", "subject"),
        ],
        [
            Claim("c-pair", "trade_turnover", "AZ", "CN"),
            Claim("c-flow", "investment_stock", null, "AZ"),
            Claim("c-country", "tunnels_built", "AZ", null),
            Claim("c-subject", "projects", null, null, "hubei"),
        ]);

    private static SeedEvent Statement(string type = "statement", string? speaker = "aliyev", string? assertion = "reported", string? assertedBy = null,
        string? location = null, string? basis = null, string? note = null, IReadOnlyList<SeedTypeTerm>? terms = null) =>
        new("ev", Stated("2025-04-23"), null, type, "Aliyev says", null, location, null,
            [new SeedParticipant("aliyev", "President of Azerbaijan"), new SeedParticipant("xi", "President of China")], ["trade"],
            assertion, assertedBy, [Quote, new SeedEvidence("src", "Xi made a state visit.", "xi")], "held",
            Mentions: [new SeedActorRole("az", "country"), new SeedActorRole("hubei", "association")],
            Speaker: speaker, LocationBasis: basis, LocationNote: note, TypeTerms: terms);

    private static SeedClaim Claim(string id, string metric, string? reporter, string? partner, string? subject = null) =>
        new(id, metric, StatedPeriod("2024"), reporter, partner, subject, 1, "exact", "Aliyev", "aliyev", null, [Quote]);

    private static List<string> Errors(SeedDataset data) => SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

    [Fact]
    public void AValidDatasetHasNoErrors()
    {
        Assert.Empty(Errors(Valid()));
        Assert.Empty(QuoteSupport.Check(Valid()));
    }

    [Fact]
    public void AnUtteranceNamesItsSpeaker()
    {
        var errors = Errors(Valid() with { Events = [Statement(speaker: null)] });

        Assert.Contains("seeds/events.json: record 'ev', field 'speaker': a statement is an utterance: name its speaker (an actor id)", errors);
    }

    [Theory]
    [InlineData("meeting", "aliyev", "field 'speaker': only an utterance")]
    [InlineData("statement", "ghost", "field 'speaker': unknown actor 'ghost'")]
    [InlineData("statement", "az", "field 'speaker': 'az' is not one of the event's participants")]
    public void OnlyAnUtteranceOrInterviewNamesASpeakerWhoTookPart(string type, string speaker, string expected)
    {
        var errors = Errors(Valid() with { Events = [Statement(type, speaker)] });

        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', " + expected));
    }

    [Fact]
    public void AnInterviewMayNameItsIntervieweeAsSpeaker()
    {
        Assert.Empty(Errors(Valid() with { Events = [Statement("interview", "aliyev")] }));
    }

    [Fact]
    public void AnUtteranceIsNotClaimedByItsOwnSpeakerButMayRestOnAnotherActorsWord()
    {
        // Review C7: "did he say it" is the outlet's report; "is it true" is his claim, recorded elsewhere.
        var own = Errors(Valid() with { Events = [Statement(assertion: "claimed", assertedBy: "aliyev")] });
        // Review C18: Xi's invitation is known only from Aliyev's word.
        var other = Errors(Valid() with { Events = [Statement("invitation", "xi", "claimed", "aliyev")] });

        Assert.Contains(own, e => e.StartsWith("seeds/events.json: record 'ev', field 'assertedBy': the outlet reports that 'aliyev' said it"));
        Assert.Empty(other);
    }

    [Theory]
    [InlineData("Baku", null, null, "field 'locationBasis': is required")]
    [InlineData(null, "stated", null, "field 'locationBasis': a record without location or locationCountry has no locationBasis")]
    [InlineData("Baku", "guessed", null, "field 'locationBasis': 'guessed' is not one of: stated, assumed_from_dateline, inferred_from_text")]
    [InlineData("Baku", "assumed_from_dateline", null, "field 'locationNote': a location that is assumed_from_dateline says in locationNote what it rests on")]
    public void APlaceSaysHowItIsKnown(string? location, string? basis, string? note, string expected)
    {
        var errors = Errors(Valid() with { Events = [Statement(location: location, basis: basis, note: note)] });

        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', " + expected));
    }

    [Fact]
    public void AnAgreementsPlaceSaysHowItIsKnownToo()
    {
        var agreement = new SeedAgreement("ag", "Protocol", "protocol", "signed", Unknown, null, "Baku", "AZ", ["az"], null, null, null, [Quote]);

        var errors = Errors(Valid() with { Agreements = [agreement] });

        Assert.Contains("seeds/agreements.json: record 'ag', field 'locationBasis': is required", errors);
    }

    [Fact]
    public void EachDocumentsTermForAnEventIsQuotedFromThatDocument()
    {
        var terms = new SeedTypeTerm[] { new("state_visit", "state visit", "src"), new("official_visit", "official visit", "src"), new("tour", null, "nowhere") };

        var errors = Errors(Valid() with { Events = [Statement("visit", null, terms: terms)] });

        Assert.DoesNotContain(errors, e => e.Contains("typeTerms[0]"));
        Assert.Contains("seeds/events.json: record 'ev', field 'typeTerms[1].term': 'official visit' does not appear in the record's quotes from 'src'", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'ev', field 'typeTerms[2].type': 'tour' is not one of"));
        Assert.Contains("seeds/events.json: record 'ev', field 'typeTerms[2].sourceId': unknown source 'nowhere'", errors);
        Assert.Contains("seeds/events.json: record 'ev', field 'typeTerms[2].term': is required", errors);
    }

    [Fact]
    public void AnEvidenceSpeakerIsAnActor()
    {
        var claim = Claim("c-pair", "trade_turnover", "AZ", "CN") with { Evidence = [new SeedEvidence("src", "Aliyev: 1", "ghost")] };

        var errors = Errors(Valid() with { Claims = [claim] });

        Assert.Contains("seeds/claims.json: record 'c-pair', field 'evidence[0].speaker': unknown actor 'ghost'", errors);
    }

    [Fact]
    public void EveryMetricStatesItsDirection()
    {
        var data = Valid() with { Metrics = [new SeedMetric("trade_turnover", "Trade", "USD", "What"), new SeedMetric("x", "X", "count", "What", "country", null, "CN")], Claims = [] };

        var errors = Errors(data);

        Assert.Contains("seeds/metrics.json: record 'trade_turnover', field 'direction': is required", errors);
        Assert.Contains("seeds/metrics.json: record 'x', field 'partner': a country metric has no partner", errors);
    }

    [Fact]
    public void AMetricsFixedCountriesAreCountryCodesAndEveryClaimHasThem()
    {
        var data = Valid() with
        {
            Metrics = [.. Valid().Metrics, new SeedMetric("imports", "Imports", "USD", "What", "pair", "az", "China")],
            Claims = [.. Valid().Claims, Claim("c-other-partner", "trade_turnover", "AZ", "RU")],
        };

        var errors = Errors(data);

        Assert.Contains(errors, e => e.StartsWith("seeds/metrics.json: record 'imports', field 'reporter': "));
        Assert.Contains(errors, e => e.StartsWith("seeds/metrics.json: record 'imports', field 'partner': "));
        Assert.Contains("seeds/claims.json: record 'c-other-partner', field 'partner': metric 'trade_turnover' is pair with partner CN; got 'RU'", errors);
    }

    [Theory]
    [InlineData("trade_turnover", null, "CN", null, "field 'reporter': metric 'trade_turnover' is pair: a claim names both countries")]
    [InlineData("trade_turnover", "CN", "AZ", null, "field 'reporter': metric 'trade_turnover' is pair with reporter AZ; got 'CN'")]
    [InlineData("investment_stock", "CN", null, null, "field 'partner': metric 'investment_stock' is flow: a claim names the destination (partner)")]
    [InlineData("investment_stock", "AZ", "AZ", null, "field 'partner': is the reporter 'AZ' again")]
    [InlineData("tunnels_built", "AZ", "CN", null, "field 'partner': metric 'tunnels_built' is country: a claim has no partner")]
    [InlineData("tunnels_built", null, null, null, "field 'reporter': metric 'tunnels_built' is country: a claim names the country it is about (reporter)")]
    [InlineData("projects", null, null, null, "field 'subject': metric 'projects' is subject: a claim names the actor it is about (subject)")]
    [InlineData("projects", "CN", null, "hubei", "field 'reporter': metric 'projects' is subject: a claim has no reporter or partner")]
    public void AClaimsDirectionFollowsItsMetricsConvention(string metric, string? reporter, string? partner, string? subject, string expected)
    {
        var errors = Errors(Valid() with { Claims = [Claim("cl", metric, reporter, partner, subject)] });

        Assert.Contains(errors, e => e.StartsWith("seeds/claims.json: record 'cl', " + expected));
    }

    [Fact]
    public void AFlowWhoseOriginTheDocumentDoesNotGiveHasNoReporter()
    {
        // The mulberry seedlings "sent to Khojaly" (review C3): a destination, no origin.
        Assert.Empty(Errors(Valid() with { Claims = [Claim("cl", "investment_stock", null, "AZ")] }));
    }

    [Fact]
    public void AClaimsFigureIsInItsFirstQuoteTheOneItsSeriesShows()
    {
        // A quote that names the speaker may follow; the figure must come first.
        var claim = Claim("c-pair", "trade_turnover", "AZ", "CN") with
        {
            Stated = "$3.7 billion",
            Evidence = [new SeedEvidence("src", "According to the presidency's website:"), new SeedEvidence("src", "trade reached $3.7 billion")],
        };

        var errors = Errors(Valid() with { Claims = [claim] });

        Assert.Contains("seeds/claims.json: record 'c-pair', field 'stated': '$3.7 billion' does not appear in the claim's first quote (the one its series shows)", errors);
    }
}
