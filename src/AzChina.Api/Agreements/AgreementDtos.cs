using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Agreements;

/// <summary>A declaration, agreement or protocol: signed, agreed, anticipated or announced. Projects are /projects.</summary>
public sealed record AgreementSummary(
    [property: JsonPropertyOrder(-2)] string Id,
    string Title,
    AgreementKind Kind,
    [property: Description("signed, agreed (settled, not yet signed), anticipated (expected to be signed) or announced.")] AgreementStatus Status,
    string? Location,
    string? LocationCountry,
    string? Summary,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy,
    [property: Description("How location is known: stated (the source names the place), assumed_from_dateline (the outlet's dateline, where the article was filed) or inferred_from_text (e.g. \"was visited by\"); null when the record has no place. See locationNote on the record.")] LocationBasis? LocationBasis)
{
    [JsonPropertyOrder(-1), Description("When it was signed, agreed, announced or is expected, as exactly as the documents say: unknown (edtf '/') when they give no date.")]
    public DateDetail Date { get; init; } = null!;

    // The columns come from the agreement's row; the parties and events from queries of their own, for a page at a time.
    [JsonPropertyOrder(1)] public IReadOnlyList<ActorLink> Parties { get; init; } = [];

    [JsonPropertyOrder(1), Description(AgreementText.Events)] public IReadOnlyList<AgreementEvent> Events { get; init; } = [];
}

/// <summary>A project an agreement created or concerns.</summary>
public sealed record AgreementProject(string Id, string Title, ProjectKind Kind, ProjectAgreementRole Role);

internal static class AgreementText
{
    public const string Events = "The events the agreement names, each with what it was to it: signed_at, agreed_at, announced_at, expected_at (expected to be signed or launched there, which the documents do not say happened) or negotiated_at.";
}

public sealed record AgreementDetail(
    [property: JsonPropertyOrder(-2)] string Id,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    [property: Description("What else a reader should know about the date (not its reasoning, which is date.basis).")] string? DateNote,
    string? Location,
    string? LocationCountry,
    string? Summary,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy,
    LocationBasis? LocationBasis,
    [property: Description("What an assumed or inferred location rests on.")] string? LocationNote)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;

    [JsonPropertyOrder(1)] public IReadOnlyList<ActorLink> Parties { get; init; } = [];

    [JsonPropertyOrder(1), Description(AgreementText.Events)] public IReadOnlyList<AgreementEvent> Events { get; init; } = [];

    [JsonPropertyOrder(1), Description("Actors the agreement names without their being a party (the working group it creates), with their role in it.")] public IReadOnlyList<ActorRole> Mentions { get; init; } = [];

    [JsonPropertyOrder(2), Description("For a disputed agreement: the events that dispute it.")] public IReadOnlyList<EventRef> DisputedBy { get; init; } = [];

    [JsonPropertyOrder(2), Description("The projects the agreement created or concerns, with that role (created_by, concerns).")] public IReadOnlyList<AgreementProject> Projects { get; init; } = [];

    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    // The build stores each agreement as listed from its detail (StoredRepresentations); the byte-identity tests hold it
    // to what the list computes.
    internal AgreementSummary Listed() => new(Id, Title, Kind, Status, Location, LocationCountry, Summary, Assertion, AssertedBy, LocationBasis)
    {
        Date = Date, Parties = Parties, Events = Events,
    };
}

internal static class AgreementCsv
{
    public static readonly Csv.CsvColumns<AgreementSummary> Columns = new(
        [("id", a => a.Id), ("title", a => a.Title), ("kind", a => a.Kind), ("status", a => a.Status), .. Csv.DateCsv.Columns<AgreementSummary>(a => a.Date),
        ("location", a => a.Location),
        ("locationCountry", a => a.LocationCountry), ("events", a => a.Events.Select(e => $"{Vocabulary<AgreementEventRole>.Name(e.Role)}:{e.Id}")), ("summary", a => a.Summary),
        ("parties", a => a.Parties.Select(p => p.Id)), ("assertion", a => a.Assertion), ("assertedBy", a => a.AssertedBy),
        ("locationBasis", a => a.LocationBasis)]);
}
