using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Events;

/// <summary>An event as listed: what happened, when (as its documents know it), where, who took part.</summary>
public sealed record EventSummary(
    [property: JsonPropertyOrder(-2)] string Id,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    [property: Description("ISO 3166-1 alpha-2 code of the country where it took place.")] string? LocationCountry,
    [property: JsonPropertyOrder(2), Description("How the sources present it: reported (as fact), claimed (a named actor's claim or view; see assertedBy), disputed (refuted by another record).")] Assertion Assertion,
    [property: JsonPropertyOrder(2), Description("Actor id of who makes the claim, for claimed and disputed records.")] string? AssertedBy,
    [property: Description(EventText.Status)] EventStatus Status,
    [property: JsonPropertyOrder(2), Description("Actor id of who said it, for an utterance (statement, announcement, denial, congratulation, invitation, analysis) or the interviewee of an interview. The utterance is the outlet's report (assertion reported), or another actor's word (claimed, assertedBy); what the speaker asserts is the speaker's claim, in claims and agreements.")] string? Speaker,
    [property: Description("How location is known: stated (the source names the place), assumed_from_dateline (the outlet's dateline, where the article was filed) or inferred_from_text (e.g. \"was visited by\"); null when the record has no place. See locationNote on the record.")] LocationBasis? LocationBasis)
{
    [JsonPropertyOrder(-1), Description("When it happened, as exactly as the documents say and no more: a day, month or year, a range, bounds or unknown, and how that is known.")]
    public DateDetail Date { get; init; } = null!;

    // The columns come from the event's row; these lists from queries of their own, for a page at a time.
    [JsonPropertyOrder(1)] public IReadOnlyList<Participant> Participants { get; init; } = [];
    [JsonPropertyOrder(1)] public IReadOnlyList<Topic> Topics { get; init; } = [];
    [JsonPropertyOrder(1), Description(EventText.PartOf)] public EventRef? PartOf { get; init; }
}

/// <summary>The descriptions the list and the detail share.</summary>
internal static class EventText
{
    public const string Status = "Whether it took place, as its documents know it: held, planned (announced or expected), cancelled or unknown.";
    public const string PartOf = "The occasion this event is part of (a statement at a meeting, a meeting during a visit, a signing at a commission session); null for an occasion of its own.";
}

/// <summary>An event with everything known about it: its occasion and parts, what it mentions and disputes, the agreements that name it, the figures stated at it, its evidence.</summary>
public sealed record EventDetail(
    [property: JsonPropertyOrder(-2)] string Id,
    [property: JsonPropertyOrder(-1), Description("What else a reader should know about the date (not its reasoning, which is date.basis).")] string? DateNote,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    string? LocationCountry,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy,
    [property: Description(EventText.Status)] EventStatus Status,
    [property: JsonPropertyOrder(2)] string? Speaker,
    LocationBasis? LocationBasis,
    [property: Description("What an assumed or inferred location rests on.")] string? LocationNote)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;
    [JsonPropertyOrder(1)] public IReadOnlyList<Participant> Participants { get; init; } = [];
    [JsonPropertyOrder(1)] public IReadOnlyList<Topic> Topics { get; init; } = [];
    [JsonPropertyOrder(1), Description(EventText.PartOf)] public EventRef? PartOf { get; init; }
    [JsonPropertyOrder(1), Description("The events that are part of this occasion, oldest first.")] public IReadOnlyList<EventRef> Parts { get; init; } = [];
    [JsonPropertyOrder(1), Description("Actors the event names without their taking part (an organisation in a statement), with their role in it.")] public IReadOnlyList<ActorRole> Mentions { get; init; } = [];
    [JsonPropertyOrder(2), Description("For a disputed event: the events that dispute it (a denial).")] public IReadOnlyList<EventRef> DisputedBy { get; init; } = [];
    [JsonPropertyOrder(2), Description("The records this event disputes: the other side of their disputedBy.")] public IReadOnlyList<RecordRef> Disputes { get; init; } = [];
    [JsonPropertyOrder(3), Description("Agreements that name this event, with what it was to each: signed at it, announced at it, expected at it, ...")] public IReadOnlyList<EventAgreement> Agreements { get; init; } = [];
    [JsonPropertyOrder(3), Description("Figures stated at this event (claims whose statedAt is it).")] public IReadOnlyList<StatedClaim> Claims { get; init; } = [];
    [JsonPropertyOrder(1), Description("What each source calls the event where the sources disagree on its kind (a state, official or formal visit); type is then the neutral kind, and the type filter also finds the event by these.")]
    public IReadOnlyList<TypeTerm> TypeTerms { get; init; } = [];
    [JsonPropertyOrder(3), Description("Projects and initiatives that name this event, with what it was to each (announced_at, launch_expected_at, discussed_at, described_at, subject_of).")] public IReadOnlyList<EventRecordLink> Projects { get; init; } = [];

    [JsonPropertyOrder(3), Description("The places the event is linked to, with role (held_in, mentioned) and basis; the display location stays.")] public IReadOnlyList<PlaceLink> Places { get; init; } = [];

    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    // The build stores each event as listed from its detail, read in the same batch (StoredRepresentations); the
    // byte-identity tests hold it to what the list computes.
    internal EventSummary Listed() => new(Id, Type, Title, Summary, Location, LocationCountry, Assertion, AssertedBy, Status, Speaker, LocationBasis)
    {
        Date = Date, Participants = Participants, Topics = Topics, PartOf = PartOf,
    };
}

/// <summary>One source's word for an event: "state visit" (AzerNews), "official visit" (Caliber.Az).</summary>
public sealed record TypeTerm(
    [property: Description("The event type that word corresponds to.")] EventType Type,
    [property: Description("The source's own word, verbatim from one of the event's quotes.")] string Term,
    string SourceId);

internal static class EventCsv
{
    public static readonly Csv.CsvColumns<EventSummary> Columns = new(
        [("id", e => e.Id), .. Csv.DateCsv.Columns<EventSummary>(e => e.Date),
        ("type", e => e.Type), ("title", e => e.Title), ("summary", e => e.Summary), ("location", e => e.Location),
        ("locationCountry", e => e.LocationCountry), ("participants", e => e.Participants.Select(p => p.ActorId)),
        ("topics", e => e.Topics), ("assertion", e => e.Assertion), ("assertedBy", e => e.AssertedBy),
        ("status", e => e.Status), ("partOf", e => e.PartOf?.Id), ("speaker", e => e.Speaker), ("locationBasis", e => e.LocationBasis)]);
}

/// <summary>A project or initiative that names an event, and what the event was to it.</summary>
public sealed record EventRecordLink(
    [property: Description("project or initiative.")] string Kind, string Id, string Title, RecordEventRole Role);
