using AzChina.Domain.Seeds;

namespace AzChina.Domain.Tests.Seeds;

/// <summary>Places, projects and initiatives (issue 14): each rejected inconsistency names file, record and field.</summary>
public class PlaceChecksTests
{
    private static readonly SeedEvidence Quote = new("src", "a quote");
    private static readonly SeedDate Stated = new("2025-04-16", null, "stated", null);

    // No events or claims: the checks here need none, and links to them are tested as unknown references.
    private static SeedDataset Data(IReadOnlyList<SeedPlace>? places = null, IReadOnlyList<SeedProject>? projects = null,
        IReadOnlyList<SeedInitiative>? initiatives = null) => new(
        [new SeedSource("src", "000.txt", "Outlet", "Title", null, "2025-04-16", false, null, new string('a', 64))],
        [new SeedActor("az", "Azerbaijan", "country", "AZ", null, null, [Quote])],
        [], [], [new SeedMetric("trade_turnover", "Trade", "USD", "What it is", "pair")], [],
        places ?? [Place("azerbaijan")], projects ?? [], initiatives ?? []);

    private static SeedPlace Place(string id, string? parent = null, string? basis = null, string? note = null, string kind = "country") =>
        new(id, id, kind, null, parent, basis, note, [], null, [Quote]);

    private static SeedProject Project(string id, IReadOnlyList<SeedProjectStatus>? status = null, IReadOnlyList<SeedPlaceLink>? places = null,
        IReadOnlyList<SeedParticipant>? actors = null, IReadOnlyList<SeedEventLink>? events = null, IReadOnlyList<string?>? claims = null,
        string kind = "joint_project", string sector = "industry") =>
        new(id, "A project", kind, sector, [], null, status ?? [new SeedProjectStatus("announced", Stated, "az", null, [Quote])],
            actors ?? [new SeedParticipant("az", "partner")], places ?? [], null, events ?? [], [], claims ?? [], [], [Quote]);

    private static List<string> Errors(SeedDataset data) => SeedValidator.Validate(data).Select(e => e.ToString()).ToList();

    [Fact]
    public void AValidPlaceTreeProjectAndInitiativePass()
    {
        var data = Data(
            places: [Place("azerbaijan"), Place("baku", "azerbaijan", "assumed_from_dateline", "the dateline", "city")],
            projects: [Project("bus", places: [new SeedPlaceLink("baku", "site", "stated", null)])],
            initiatives: [new SeedInitiative("corridor", "A corridor", "corridor", ["Other name"], null, null, [], [], ["trade_turnover"],
                [new SeedPlaceLink("azerbaijan", "route", "stated", null)], [], [Quote])]);

        Assert.Empty(Errors(data));
    }

    [Fact]
    public void ParentPlacesFormNoCycle()
    {
        var errors = Errors(Data(places: [Place("a", "b", "stated"), Place("b", "c", "stated"), Place("c", "a", "stated"), Place("d", "d", "stated")]));

        Assert.Contains("seeds/places.json: record 'a', field 'parent': forms a cycle: a → b → c → a", errors);
        Assert.Contains("seeds/places.json: record 'd', field 'parent': a place is not its own parent", errors);
    }

    [Fact]
    public void AParentIsKnownAndSaysHowAndWhatANonStatedOneRestsOn()
    {
        var errors = Errors(Data(places: [Place("a", "nowhere", "stated"), Place("b", "a", null), Place("c", "a", "inferred_from_text"),
            Place("d", null, "stated"), Place("e", "a", "guessed")]));

        Assert.Contains("seeds/places.json: record 'a', field 'parent': unknown place 'nowhere'", errors);
        Assert.Contains("seeds/places.json: record 'b', field 'parentBasis': is required", errors);
        Assert.Contains("seeds/places.json: record 'c', field 'parentNote': a inferred_from_text parent says what it rests on", errors);
        Assert.Contains("seeds/places.json: record 'd', field 'parentBasis': goes only with a parent", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/places.json: record 'e', field 'parentBasis': 'guessed' is not one of: stated, assumed_from_dateline, inferred_from_text"));
    }

    [Fact]
    public void APlaceHasAKindFromTheVocabularyAndEvidence()
    {
        var errors = Errors(Data(places: [Place("a", kind: "town") with { Evidence = [] }, Place("b") with { Country = "az" }]));

        Assert.Contains(errors, e => e.StartsWith("seeds/places.json: record 'a', field 'kind': 'town' is not one of: country, region, city"));
        Assert.Contains(errors, e => e.StartsWith("seeds/places.json: record 'a', field 'evidence': every record needs"));
        Assert.Contains(errors, e => e.StartsWith("seeds/places.json: record 'b', field 'country':"));
    }

    [Fact]
    public void EveryStatusHasAStatusADateAndEvidence()
    {
        var errors = Errors(Data(projects: [Project("p", status: [
            new SeedProjectStatus("launched", Stated, null, null, [Quote]),
            new SeedProjectStatus("announced", null, null, null, [Quote]),
            new SeedProjectStatus("completed", Stated, null, null, []),
            new SeedProjectStatus("completed", new SeedDate("2025-04", null, "not_given", null), null, null, [Quote]),
            new SeedProjectStatus("completed", new SeedDate("2025-04-31", null, "stated", null), "nobody", null, [Quote]),
        ])]));

        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'status[0].status': 'launched' is not one of: pledged, committed, announced, in_implementation, completed, suspended, cancelled"));
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'status[1].date': is required"));
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'status[2].evidence': every status needs its evidence"));
        // A date the document does not give cannot be a month: that would be a date from outside the documents.
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'status[3].date': a date the document does not give cannot be 2025-04"));
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'status[4].date.edtf':"));
        Assert.Contains("seeds/projects.json: record 'p', field 'status[4].assertedBy': unknown actor 'nobody'", errors);
    }

    [Fact]
    public void AProjectsReferencesExistAndItsVocabulariesHold()
    {
        var errors = Errors(Data(projects: [Project("p", kind: "factory", sector: "mining",
            actors: [new SeedParticipant("nobody", "partner"), new SeedParticipant("az", "sponsor")],
            places: [new SeedPlaceLink("atlantis", "site", "stated", null), new SeedPlaceLink("azerbaijan", "venue", null, null)],
            events: [new SeedEventLink("no-event", "announced_at"), new SeedEventLink(null, "launched_at")],
            claims: ["no-claim", "no-claim"])]));

        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'kind': 'factory' is not one of"));
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'sector': 'mining' is not one of"));
        Assert.Contains("seeds/projects.json: record 'p', field 'actors[0].actorId': unknown actor 'nobody'", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'actors[1].role': 'sponsor' is not one of: financier, builder, operator, partner, host"));
        Assert.Contains("seeds/projects.json: record 'p', field 'places[0].placeId': unknown place 'atlantis'", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'places[1].role': 'venue' is not one of"));
        Assert.Contains("seeds/projects.json: record 'p', field 'places[1].basis': is required", errors);
        Assert.Contains("seeds/projects.json: record 'p', field 'events[0].eventId': unknown event 'no-event'", errors);
        Assert.Contains("seeds/projects.json: record 'p', field 'events[1].eventId': is required", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/projects.json: record 'p', field 'events[1].role': 'launched_at' is not one of"));
        Assert.Contains("seeds/projects.json: record 'p', field 'claims[0]': unknown claim 'no-claim'", errors);
        Assert.Contains("seeds/projects.json: record 'p', field 'claims': 'no-claim' is listed more than once", errors);
    }

    [Fact]
    public void ADisputedFramingNamesWhatDisputesItAndEveryFramingHasEvidence()
    {
        SeedFraming Framing(string id, string assertion, IReadOnlyList<string?> disputedBy, IReadOnlyList<SeedEvidence> evidence) =>
            new(id, "a side", null, null, assertion, "what it says", disputedBy, evidence);
        var errors = Errors(Data(initiatives: [new SeedInitiative("c", "C", "road", [], null, null, [], [], ["gdp"], [],
            [Framing("a", "disputed", [], [Quote]), Framing("b", "reported", ["no-event"], []), Framing("a", "reported", [], [Quote]),
             Framing("long", "reported", [], [new SeedEvidence(Quote.SourceId, new string('x', 301))])], [Quote])]));

        Assert.Contains(errors, e => e.StartsWith("seeds/initiatives.json: record 'c', field 'kind': 'road' is not one of: initiative, corridor, railway"));
        Assert.Contains("seeds/initiatives.json: record 'c', field 'metrics[0]': unknown metric 'gdp'", errors);
        Assert.Contains("seeds/initiatives.json: record 'c', field 'framings[0].disputedBy': a disputed framing names the event(s) that dispute it", errors);
        Assert.Contains("seeds/initiatives.json: record 'c', field 'framings[1].disputedBy': only a disputed framing names what disputes it", errors);
        Assert.Contains("seeds/initiatives.json: record 'c', field 'framings[1].disputedBy[0]': unknown event 'no-event'", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/initiatives.json: record 'c', field 'framings[1].evidence': every framing needs its evidence"));
        Assert.Contains("seeds/initiatives.json: record 'c', field 'framings': 'a' is listed more than once", errors);
        Assert.Contains("seeds/initiatives.json: record 'c', field 'framings[3].evidence[0].quote': is 301 characters; quotes are at most 300", errors);
    }

    [Fact]
    public void IdsAreUniqueSlugsInEachFile()
    {
        var errors = Errors(Data(places: [Place("azerbaijan"), Place("azerbaijan"), Place("Not A Slug")], projects: [Project("p"), Project("p")]));

        Assert.Contains("seeds/places.json: record 'azerbaijan', field 'id': duplicate id", errors);
        Assert.Contains(errors, e => e.StartsWith("seeds/places.json: record 'Not A Slug', field 'id': 'Not A Slug' is not a slug"));
        Assert.Contains("seeds/projects.json: record 'p', field 'id': duplicate id", errors);
    }

    [Fact]
    public void AnActorOnlyAProjectNamesIsReachable()
    {
        var data = Data(projects: [Project("p", actors: [new SeedParticipant("az", "host")])]);

        Assert.DoesNotContain(Errors(data), e => e.Contains("no record reaches"));
    }

    [Fact]
    public void APlaceLinkedAsStatedIsNamedInTheRecordsQuotes()
    {
        var data = Data(
            places: [Place("azerbaijan") with { Evidence = [new SeedEvidence("src", "in Azerbaijan")] }, Place("khojaly", kind: "place") with { Aliases = ["Xocalı"] }],
            projects: [Project("p", places: [new SeedPlaceLink("khojaly", "site", "stated", null), new SeedPlaceLink("azerbaijan", "site", "inferred_from_text", "why")]) with
                { Evidence = [new SeedEvidence("src", "seedlings were sent")] }]);

        var errors = QuoteSupport.Check(data).Select(e => e.ToString()).ToList();

        Assert.Contains("seeds/projects.json: record 'p', field 'places[0]': 'khojaly' is stated, but none of the record's quotes names it", errors);
        // An inferred link need not be named; a place's own quotes must name it (by name or alias).
        Assert.DoesNotContain(errors, e => e.Contains("places[1]"));
        Assert.Contains("seeds/places.json: record 'khojaly', field 'evidence': none of the quotes names 'khojaly' or one of its aliases", errors);
        Assert.DoesNotContain(errors, e => e.Contains("record 'azerbaijan'"));
    }
}
