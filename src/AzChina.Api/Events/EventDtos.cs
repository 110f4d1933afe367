using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Events;

/// <summary>An event as listed: what happened, when (with its precision), where, who took part.</summary>
public sealed record EventSummary(
    [property: JsonPropertyOrder(-2)] string Id,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    [property: Description("ISO 3166-1 alpha-2 code of the country where it took place.")] string? LocationCountry,
    [property: JsonPropertyOrder(2), Description("How the sources present it: reported (as fact), claimed (a named actor's claim or view; see assertedBy), disputed (refuted by another record).")] Assertion Assertion,
    [property: JsonPropertyOrder(2), Description("Actor id of who makes the claim, for claimed and disputed records.")] string? AssertedBy)
{
    [JsonPropertyOrder(-1), Description("When it happened, as exactly as the documents say and no more: a day, month or year, a range, bounds or unknown, and how that is known.")]
    public DateDetail Date { get; init; } = null!;

    // The columns come from the event's row; these lists from queries of their own, for a page at a time.
    [JsonPropertyOrder(1)] public IReadOnlyList<Participant> Participants { get; init; } = [];
    [JsonPropertyOrder(1)] public IReadOnlyList<Topic> Topics { get; init; } = [];
}

/// <summary>An event with everything known about it: its evidence and the agreements that belong to it.</summary>
public sealed record EventDetail(
    [property: JsonPropertyOrder(-2)] string Id,
    [property: JsonPropertyOrder(-1), Description("What else a reader should know about the date (not its reasoning, which is date.basis).")] string? DateNote,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    string? LocationCountry,
    [property: JsonPropertyOrder(2)] Assertion Assertion,
    [property: JsonPropertyOrder(2)] string? AssertedBy)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;
    [JsonPropertyOrder(1)] public IReadOnlyList<Participant> Participants { get; init; } = [];
    [JsonPropertyOrder(1)] public IReadOnlyList<Topic> Topics { get; init; } = [];
    [JsonPropertyOrder(3)] public IReadOnlyList<AgreementLink> Agreements { get; init; } = [];
    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

internal static class EventCsv
{
    public static readonly Csv.CsvColumns<EventSummary> Columns = new(
        [("id", e => e.Id), .. Csv.DateCsv.Columns<EventSummary>(e => e.Date),
        ("type", e => e.Type), ("title", e => e.Title), ("summary", e => e.Summary), ("location", e => e.Location),
        ("locationCountry", e => e.LocationCountry), ("participants", e => e.Participants.Select(p => p.ActorId)),
        ("topics", e => e.Topics), ("assertion", e => e.Assertion), ("assertedBy", e => e.AssertedBy)]);
}
