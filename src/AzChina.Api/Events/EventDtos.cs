using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Events;

/// <summary>An event as listed: what happened, when (with its precision), where, who took part.</summary>
public sealed record EventSummary(
    string Id,
    [property: Description("First day of the event (YYYY-MM-DD). A month-precision event (\"July 2024\") gives the 1st of the month: read with datePrecision.")] DateOnly Date,
    [property: Description("How much of `date` the sources state: day, month or year.")] DatePrecision DatePrecision,
    [property: Description("True when the date is worked out from context (\"last year\", a weekday) rather than stated; see dateNote on the record.")] bool DateInferred,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    [property: Description("ISO 3166-1 alpha-2 code of the country where it took place.")] string? LocationCountry,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Topic> Topics,
    [property: Description("How the sources present it: reported (as fact), claimed (a named actor's claim or view; see assertedBy), disputed (refuted by another record).")] Assertion Assertion,
    [property: Description("Actor id of who makes the claim, for claimed and disputed records.")] string? AssertedBy);

/// <summary>An event with everything known about it: its evidence and the agreements that belong to it.</summary>
public sealed record EventDetail(
    string Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    bool DateInferred,
    [property: Description("Why the date is what it is, where it is inferred or imprecise.")] string? DateNote,
    EventType Type,
    string Title,
    string? Summary,
    string? Location,
    string? LocationCountry,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Topic> Topics,
    Assertion Assertion,
    string? AssertedBy,
    IReadOnlyList<AgreementLink> Agreements,
    IReadOnlyList<Evidence> Evidence);

// The columns of an event, which Dapper cannot put into EventSummary or EventDetail: their constructors
// also take the participant, topic, agreement and evidence lists, which come from queries of their own.
internal sealed record EventRow(
    string Id, DateOnly Date, DatePrecision DatePrecision, bool DateInferred, string? DateNote, EventType Type, string Title,
    string? Summary, string? Location, string? LocationCountry, Assertion Assertion, string? AssertedBy);

internal static class EventCsv
{
    public static readonly Csv.CsvColumns<EventSummary> Columns = new(
        ("id", e => e.Id), ("date", e => e.Date), ("datePrecision", e => e.DatePrecision), ("dateInferred", e => e.DateInferred),
        ("type", e => e.Type), ("title", e => e.Title), ("summary", e => e.Summary), ("location", e => e.Location),
        ("locationCountry", e => e.LocationCountry), ("participants", e => e.Participants.Select(p => p.ActorId)),
        ("topics", e => e.Topics), ("assertion", e => e.Assertion), ("assertedBy", e => e.AssertedBy));
}
