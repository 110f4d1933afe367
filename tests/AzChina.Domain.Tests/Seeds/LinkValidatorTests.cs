using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>The links between records (issue 13, items 2 and 3): each rejected inconsistency names file, record and field.</summary>
public class LinkValidatorTests
{
    private static readonly SeedEvidence Quote = new("src", "a quote");

    private static SeedEvent Event(string id, string date = "2025-04-22", string? partOf = null, string? status = "held",
        string? assertion = null, IReadOnlyList<string?>? disputedBy = null, IReadOnlyList<SeedActorRole>? mentions = null) =>
        new(id, date.Contains('/') ? new SeedDate(date, "range", "stated", null) : Stated(date), null, "meeting", "An event", null, null, null, [new SeedParticipant("az", null)], ["trade"], assertion, null, [Quote],
            status, partOf, disputedBy ?? [], mentions ?? []);

    private static SeedDataset Data(IReadOnlyList<SeedEvent>? events = null, IReadOnlyList<SeedActor>? actors = null,
        IReadOnlyList<SeedAgreement>? agreements = null, IReadOnlyList<SeedClaim>? claims = null, IReadOnlyList<SeedSource>? sources = null) => new(
        sources ?? [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64))],
        actors ?? [new SeedActor("az", "Azerbaijan", "country", "AZ", null, null, [Quote])],
        events ?? [Event("visit")],
        agreements ?? [],
        [new SeedMetric("trade_turnover", "Trade", "USD", "What it is", "pair")],
        claims ?? []);

    private static List<string> Errors(SeedDataset data) => SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

    [Fact]
    public void OccasionsWithNestedPartsAreValid()
    {
        // The visit began on 22 April and no end is given, so a meeting on the 23rd can be part of it.
        var data = Data(events: [Event("visit", "2025-04-22/.."), Event("meeting", "2025-04-23", partOf: "visit"), Event("statement", "2025-04-23", partOf: "meeting")]);

        Assert.Empty(Errors(data));
    }

    [Fact]
    public void APartCannotLieAfterItsOccasionEnds()
    {
        // With ranges (issue 13 item 1) an occasion's end is known where the documents give it.
        var errors = Errors(Data(events: [Event("visit", "2025-04-22/2025-04-24"), Event("late", "2025-04-25", partOf: "visit")]));

        Assert.Contains("seeds/events.json: record 'late', field 'partOf': the part's date (2025-04-25) lies after its occasion 'visit' (2025-04-22/2025-04-24) ends", errors);
    }

    [Fact]
    public void AnEventHasAStatusFromTheVocabulary()
    {
        var errors = Errors(Data(events: [Event("visit", status: null), Event("talk", status: "rumoured")]));

        Assert.Contains("seeds/events.json: record 'visit', field 'status': is required", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'talk', field 'status': 'rumoured' is not one of: held, planned, cancelled, unknown"));
    }

    [Fact]
    public void APartNamesAnExistingOccasionOtherThanItself()
    {
        var errors = Errors(Data(events: [Event("visit", partOf: "visit"), Event("talk", partOf: "ghost")]));

        Assert.Contains("seeds/events.json: record 'visit', field 'partOf': an event is not part of itself", errors);
        Assert.Contains("seeds/events.json: record 'talk', field 'partOf': unknown event 'ghost'", errors);
    }

    [Fact]
    public void OccasionsAndPartsFormNoCycle()
    {
        var errors = Errors(Data(events: [Event("a", partOf: "c"), Event("b", partOf: "a"), Event("c", partOf: "b"), Event("d", partOf: "a")]));

        Assert.Contains("seeds/events.json: record 'a', field 'partOf': forms a cycle: a → c → b → a", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'b', field 'partOf': forms a cycle"));
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'c', field 'partOf': forms a cycle"));
        // d hangs off the cycle without being in it: its own link is fine.
        Assert.DoesNotContain(errors, e => e.Contains("record 'd'"));
    }

    [Fact]
    public void APartDoesNotLieBeforeItsOccasion()
    {
        var errors = Errors(Data(events: [Event("visit", "2025-04-22"), Event("early", "2025-04-21", partOf: "visit"), Event("in-month", "2025-04", partOf: "visit")]));

        Assert.Contains("seeds/events.json: record 'early', field 'partOf': the part's date (2025-04-21) lies before its occasion 'visit' (2025-04-22) begins", errors);
        // A month that contains the occasion's day may be the same days.
        Assert.DoesNotContain(errors, e => e.Contains("record 'in-month'"));
    }

    [Fact]
    public void ADisputedRecordNamesWhatDisputesItAndOnlyADisputedOne()
    {
        var errors = Errors(Data(events:
        [
            Event("denial"),
            Event("report", assertion: "disputed"),
            Event("other-report", assertion: "disputed", disputedBy: ["ghost", "other-report"]),
            Event("fact", disputedBy: ["denial"]),
        ]));

        Assert.Contains("seeds/events.json: record 'report', field 'disputedBy': a disputed record names the record(s) that dispute it", errors);
        Assert.Contains("seeds/events.json: record 'other-report', field 'disputedBy[0]': unknown event 'ghost'", errors);
        Assert.Contains("seeds/events.json: record 'other-report', field 'disputedBy[1]': a record does not dispute itself", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/events.json: record 'fact', field 'disputedBy': only a disputed record names what disputes it"));
    }

    [Fact]
    public void AnAgreementNamesExistingEventsWithARoleFromTheVocabulary()
    {
        var agreement = new SeedAgreement("ag", "D", "declaration", "signed", Unknown, null, null, null, ["az"], null, null, null, [Quote],
            [new SeedAgreementEvent("visit", "signed_at"), new SeedAgreementEvent("ghost", "expected_at"), new SeedAgreementEvent("visit", "celebrated_at"),
             new SeedAgreementEvent("visit", "signed_at")]);

        var errors = Errors(Data(agreements: [agreement]));

        Assert.Contains("seeds/agreements.json: record 'ag', field 'events[1].eventId': unknown event 'ghost'", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/agreements.json: record 'ag', field 'events[2].role': 'celebrated_at' is not one of: signed_at, agreed_at, announced_at, expected_at, negotiated_at"));
        Assert.Contains("seeds/agreements.json: record 'ag', field 'events': 'visit as signed_at' is listed more than once", errors);
    }

    [Fact]
    public void MentionsAndStatedAtNameExistingRecordsWithARole()
    {
        var claim = new SeedClaim("cl", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 1, "exact", "a", null, null, [Quote],
            StatedAt: "ghost", Mentions: [new SeedActorRole("az", null)]);

        var errors = Errors(Data(events: [Event("visit", mentions: [new SeedActorRole("nobody", "named")])], claims: [claim]));

        Assert.Contains("seeds/events.json: record 'visit', field 'mentions[0].actorId': unknown actor 'nobody'", errors);
        Assert.Contains("seeds/claims.json: record 'cl', field 'statedAt': unknown event 'ghost'", errors);
        Assert.Contains("seeds/claims.json: record 'cl', field 'mentions[0].role': is required", errors);
    }

    [Fact]
    public void APersonBelongsToAnExistingOrganisationWithARole()
    {
        var actors = new[]
        {
            new SeedActor("az", "Azerbaijan", "country", "AZ", null, null, [Quote]),
            new SeedActor("mustafayev", "Shahin Mustafayev", "person", "AZ", null, null, [Quote],
                [new SeedActorRole("az", "citizen"), new SeedActorRole("ghost", "member"), new SeedActorRole("commission", null), new SeedActorRole("mustafayev", "self")]),
            new SeedActor("commission", "Commission", "government_body", null, null, null, [Quote]),
        };

        var errors = Errors(Data(actors: actors, events: [Event("visit") with { Participants = [new SeedParticipant("mustafayev", null)] }]));

        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf[0].actorId': 'az' is a country, not an organisation one can belong to", errors);
        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf[1].actorId': unknown actor 'ghost'", errors);
        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf[2].role': is required", errors);
        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf[3].actorId': an actor is not a member of itself", errors);
    }

    [Fact]
    public void NoOneBelongsToAPersonAndNoMembershipIsListedTwice()
    {
        var actors = new[]
        {
            new SeedActor("aliyev", "Ilham Aliyev", "person", "AZ", null, null, [Quote]),
            new SeedActor("mustafayev", "Shahin Mustafayev", "person", "AZ", null, null, [Quote],
                [new SeedActorRole("aliyev", "deputy"), new SeedActorRole("commission", "co-chair"), new SeedActorRole("commission", "co-chair")]),
            new SeedActor("commission", "Commission", "government_body", null, null, null, [Quote]),
        };

        var errors = Errors(Data(actors: actors, events: [Event("visit") with { Participants = [new SeedParticipant("mustafayev", null), new SeedParticipant("aliyev", null)] }]));

        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf[0].actorId': 'aliyev' is a person, not an organisation one can belong to", errors);
        Assert.Contains("seeds/actors.json: record 'mustafayev', field 'memberOf': 'commission' is listed more than once", errors);
    }

    [Fact]
    public void AnAgreementsDisputesAndMentionsFollowTheEventsRules()
    {
        var agreement = new SeedAgreement("ag", "D", "declaration", "signed", Unknown, null, null, null, ["az"], null, null, null, [Quote],
            [], DisputedBy: ["visit"], Mentions: [new SeedActorRole("az", "party"), new SeedActorRole("az", "party again")]);

        var errors = Errors(Data(agreements: [agreement]));

        Assert.Contains("seeds/agreements.json: record 'ag', field 'disputedBy': only a disputed record names what disputes it: make it disputed, or drop disputedBy", errors);
        Assert.Contains("seeds/agreements.json: record 'ag', field 'mentions': 'az' is listed more than once", errors);
    }

    [Fact]
    public void AnEventNamesWhatDisputesItAndWhomItMentionsOnce()
    {
        var errors = Errors(Data(events:
        [
            Event("denial"),
            Event("report", assertion: "disputed", disputedBy: ["denial", "denial"], mentions: [new SeedActorRole("az", "named"), new SeedActorRole("az", "named")]),
        ]));

        Assert.Contains("seeds/events.json: record 'report', field 'disputedBy': 'denial' is listed more than once", errors);
        Assert.Contains("seeds/events.json: record 'report', field 'mentions': 'az' is listed more than once", errors);
    }

    [Fact]
    public void ASourceNamesItsOutletAndAuthorAsExistingActors()
    {
        var source = new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64), OutletId: "ghost", AuthorId: "nobody");

        var errors = Errors(Data(sources: [source]));

        Assert.Contains("seeds/sources.json: record 'src', field 'outletId': unknown actor 'ghost'", errors);
        Assert.Contains("seeds/sources.json: record 'src', field 'authorId': unknown actor 'nobody'", errors);
    }

    [Fact]
    public void EveryActorIsReachableFromARecord()
    {
        var actors = new[]
        {
            new SeedActor("az", "Azerbaijan", "country", "AZ", null, null, [Quote]),
            new SeedActor("orphan", "Nobody's", "organization", null, null, null, [Quote]),
            new SeedActor("minister", "A minister", "person", "AZ", null, null, [Quote], [new SeedActorRole("ministry", "Minister")]),
            new SeedActor("ministry", "A ministry", "government_body", "AZ", null, null, [Quote]),
            new SeedActor("outlet", "An outlet", "media", "AZ", null, null, [Quote]),
            new SeedActor("fund", "A fund", "government_body", "AZ", null, null, [Quote]),
        };
        var source = new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64), OutletId: "outlet");
        var claim = new SeedClaim("cl", "trade_turnover", StatedPeriod("2024"), "AZ", "CN", null, 1, "exact", "a", null, null, [Quote],
            Mentions: [new SeedActorRole("fund", "investor")]);

        // The ministry is reached through its minister, who takes part in the event.
        var errors = Errors(Data(actors: actors, sources: [source], claims: [claim],
            events: [Event("visit") with { Participants = [new SeedParticipant("az", null), new SeedParticipant("minister", null)] }]));

        Assert.Equal(["seeds/actors.json: record 'orphan', field 'id': no record reaches this actor (no source, event, agreement, claim, project or framing names it, nor a member or organisation of one that does): link it where the documents support it, or remove it"], errors);
    }
}
