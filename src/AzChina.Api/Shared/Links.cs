using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

// Small shapes that several resources share: the quote behind a record, and links between records.

/// <summary>A verbatim quote from a source document supporting a record.</summary>
public sealed record Evidence(
    [property: Description("Id of the source document (see /sources/{id}).")] string SourceId,
    [property: Description("A short verbatim span of the source document (whitespace normalised).")] string Quote);

/// <summary>An actor taking part in an event, with the role they held at the time.</summary>
public sealed record Participant(string ActorId, string Name, ActorKind Kind, string? Role);

public sealed record ActorLink(string Id, string Name, ActorKind Kind);

public sealed record EventLink(
    string Id,
    [property: Description("First day of the event's date (YYYY-MM-DD); read with datePrecision.")] DateOnly Date,
    DatePrecision DatePrecision,
    EventType Type,
    string Title,
    [property: Description("The linked actor's role in this event, where the link is from an actor.")] string? Role);

public sealed record AgreementLink(string Id, string Title, AgreementKind Kind, AgreementStatus Status, DateOnly? Date, DatePrecision? DatePrecision);
