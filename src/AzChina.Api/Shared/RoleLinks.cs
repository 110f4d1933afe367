using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

// Links between records that carry what one record is to the other (issue 13, items 2 and 3).

/// <summary>An event named by another record: an occasion, one of its parts, what disputes a record.</summary>
public sealed record EventRef(string Id, string Title, EventType Type);

/// <summary>An actor a record names with a role as the documents give it: a mention, a person's organisation, an organisation's member.</summary>
public sealed record ActorRole(string Id, string Name, ActorKind Kind, [property: Description("The role or title as the documents give it.")] string Role);

/// <summary>An event an agreement names, and what the event was to it.</summary>
public sealed record AgreementEvent(
    string Id, string Title, EventType Type,
    [property: Description("signed_at, agreed_at (settled in principle), announced_at, expected_at (expected to be signed or launched there) or negotiated_at.")] AgreementEventRole Role);

/// <summary>An agreement an event is named by, and what the event was to it.</summary>
public sealed record EventAgreement(
    string Id, string Title, AgreementKind Kind, AgreementStatus Status,
    [property: Description("What this event was to the agreement: signed_at, agreed_at, announced_at, expected_at or negotiated_at.")] AgreementEventRole Role);

/// <summary>A record of another kind named by a link: what a denial disputes, what mentions an actor.</summary>
public sealed record RecordRef(
    [property: Description("event, agreement, claim, or source (an actor's sources).")] string Kind,
    string Id,
    [property: Description("The record's title (for a claim: metric and period).")] string Title,
    [property: Description("The actor's role in the record: for a mention, as the record names it; for a source, outlet or author; else null.")] string? Role);

/// <summary>A claim stated at an event: the figure, its metric and period.</summary>
public sealed record StatedClaim(string Id, string Metric, [property: Description("The claim's period; null when its document gives none.")] string? Period, [property: Description("The figure as the source writes it.")] string Stated, string SourceId);
