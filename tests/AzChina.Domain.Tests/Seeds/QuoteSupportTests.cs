using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>Each quote supports the attributed part of its record: speakers, asserters and stated places are named in the quotes.</summary>
public class QuoteSupportTests
{
    private static readonly SeedActor[] Actors =
    [
        new("aliyev", "Ilham Aliyev", "person", "AZ", null, ["President Aliyev"], []),
        new("xi", "Xi Jinping", "person", "CN", null, ["Xi"], []),
        new("garayev", "Azer Garayev", "person", "AZ", null, [], []),
    ];

    private static SeedDataset With(SeedEvent? e = null, SeedClaim? c = null) =>
        new([], Actors, e is null ? [] : [e], [], [], c is null ? [] : [c]);

    private static SeedEvent Event(IReadOnlyList<SeedEvidence> evidence, string? speaker = "aliyev", string? location = null, string? basis = null) =>
        new("ev", Stated("2025"), null, "statement", "T", null, location, null, [], [], "reported", null, evidence, "held", Speaker: speaker, LocationBasis: basis);

    private static List<string> Errors(SeedDataset data) => QuoteSupport.Check(data).Select(e => e.ToString()).ToList();

    [Fact]
    public void ASpeakerIsNamedByNameSurnameOrAlias()
    {
        Assert.Empty(Errors(With(Event([new("a", "Aliyev told Xinhua.")]))));
        Assert.Empty(Errors(With(Event([new("a", "President Ilham Aliyev said.")]))));
        Assert.Contains("seeds/events.json: record 'ev', field 'speaker': 'aliyev' is named in none of the record's quotes",
            Errors(With(Event([new("a", "The head of state said.")]))));
    }

    [Fact]
    public void ANameCountsOnlyAsAWholeWord()
    {
        // "Xi" is in "Xinhua" but does not name Xi Jinping there.
        Assert.NotEmpty(Errors(With(Event([new("a", "Xinhua reported.")], "xi"))));
        Assert.Empty(Errors(With(Event([new("a", "Xi had invited him.")], "xi"))));
    }

    [Fact]
    public void ADirectQuotationIsAttributedByAnotherQuoteFromTheSameSource()
    {
        var named = Event([new("a", "‘We attach importance’, he said.", "aliyev"), new("a", "Aliyev told Xinhua.")]);
        var elsewhere = Event([new("a", "‘We attach importance’, he said.", "aliyev"), new("b", "Aliyev told Xinhua.")]);

        Assert.Empty(Errors(With(named)));
        Assert.Contains("seeds/events.json: record 'ev', field 'evidence[0].speaker': 'aliyev' is named in none of the record's quotes from 'a'",
            Errors(With(elsewhere)));
    }

    [Fact]
    public void AClaimsAsserterIsNamedInItsQuotes()
    {
        var claim = new SeedClaim("cl", "m", StatedPeriod("2024"), "AZ", "CN", null, 1, "exact", "20.7 percent", "garayev", null,
            [new SeedEvidence("a", "trade grew by 20.7 percent")]);

        Assert.Contains("seeds/claims.json: record 'cl', field 'assertedBy': 'garayev' is named in none of the record's quotes", Errors(With(c: claim)));
        Assert.Empty(Errors(With(c: claim with { Evidence = [.. claim.Evidence!, new SeedEvidence("a", "According to Garayev, ties grew.")] })));
    }

    [Fact]
    public void AStatedPlaceIsNamedInAQuoteButAnInferredOneNeedNotBe()
    {
        var quotes = new SeedEvidence[] { new("a", "Aliyev met Li Qiang during his visit to Beijing.") };

        Assert.Empty(Errors(With(Event(quotes, location: "Beijing, China", basis: "stated"))));
        Assert.Contains("seeds/events.json: record 'ev', field 'location': 'Baku' is stated, but none of the record's quotes names it",
            Errors(With(Event(quotes, location: "Baku, Azerbaijan", basis: "stated"))));
        Assert.Empty(Errors(With(Event(quotes, location: "Baku, Azerbaijan", basis: "inferred_from_text"))));
    }

    [Fact]
    public void AClaimedEventsAsserterIsNamedInItsQuotes()
    {
        var claimed = Event([new("a", "Xi had invited him.")], speaker: "xi") with { Assertion = "claimed", AssertedBy = "aliyev" };

        Assert.Contains("seeds/events.json: record 'ev', field 'assertedBy': 'aliyev' is named in none of the record's quotes", Errors(With(claimed)));
        Assert.Empty(Errors(With(claimed with { Evidence = [new("a", "Xi had invited him, Aliyev said.")] })));
    }
}
