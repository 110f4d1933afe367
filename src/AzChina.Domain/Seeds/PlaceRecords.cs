namespace AzChina.Domain.Seeds;

// Places, projects and initiatives exactly as written in seeds/places.json, projects.json and
// initiatives.json (issue 14; seeds/README.md). Untrusted like every seed record: PlaceChecks says what is wrong.

/// <summary>
/// A place the documents name: its kind, country code and parent place where the documents support one,
/// and how the parent is known (<c>parentBasis</c>, the locationBasis vocabulary), with what it rests on.
/// </summary>
public sealed record SeedPlace(
    string? Id, string? Name, string? Kind, string? Country, string? Parent, string? ParentBasis, string? ParentNote,
    IReadOnlyList<string?>? Aliases, string? Note, IReadOnlyList<SeedEvidence>? Evidence);

/// <summary>A place a record links, with what the place is to it and how that is known (stated, assumed from a dateline, inferred from the text).</summary>
public sealed record SeedPlaceLink(string? PlaceId, string? Role, string? Basis, string? Note);

/// <summary>An event a project or initiative names, and what the event was to it.</summary>
public sealed record SeedEventLink(string? EventId, string? Role);

/// <summary>An agreement a project names: the one that created it, or one that concerns it.</summary>
public sealed record SeedAgreementLink(string? AgreementId, string? Role);

/// <summary>One status a document gives a project, with its date (the time model), who asserts it, and its evidence.</summary>
public sealed record SeedProjectStatus(string? Status, SeedDate? Date, string? AssertedBy, string? Note, IReadOnlyList<SeedEvidence>? Evidence);

public sealed record SeedProject(
    string? Id, string? Title, string? Kind, string? Sector, IReadOnlyList<string?>? Aliases, string? Summary,
    IReadOnlyList<SeedProjectStatus>? Status, IReadOnlyList<SeedParticipant>? Actors, IReadOnlyList<SeedPlaceLink>? Places, string? PlaceNote,
    IReadOnlyList<SeedEventLink>? Events, IReadOnlyList<SeedAgreementLink>? Agreements, IReadOnlyList<string?>? Claims,
    IReadOnlyList<string?>? Initiatives, IReadOnlyList<SeedEvidence>? Evidence);

/// <summary>How one side presents an initiative (the Zangezur corridor): who, at which event, in which voice, disputed by what, with its evidence.</summary>
public sealed record SeedFraming(
    string? Id, string? Side, string? FramedBy, string? EventId, string? Assertion, string? Summary,
    IReadOnlyList<string?>? DisputedBy, IReadOnlyList<SeedEvidence>? Evidence);

public sealed record SeedInitiative(
    string? Id, string? Name, string? Kind, IReadOnlyList<string?>? Aliases, string? AliasNote, string? Summary,
    IReadOnlyList<SeedEventLink>? Events, IReadOnlyList<string?>? Claims, IReadOnlyList<string?>? Metrics,
    IReadOnlyList<SeedPlaceLink>? Places, IReadOnlyList<SeedFraming>? Framings, IReadOnlyList<SeedEvidence>? Evidence);
