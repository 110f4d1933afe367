using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

// Links between records: the short form of a record that another record names.

/// <summary>An actor taking part in an event, with the role they held at the time.</summary>
public sealed record Participant(string ActorId, string Name, ActorKind Kind, string? Role);

public sealed record ActorLink(string Id, string Name, ActorKind Kind);

public sealed record EventLink(
    [property: JsonPropertyOrder(-2)] string Id,
    EventType Type,
    string Title,
    [property: Description("The linked actor's role in this event, where the link is from an actor.")] string? Role)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;
}

public sealed record AgreementLink([property: JsonPropertyOrder(-2)] string Id, string Title, AgreementKind Kind, AgreementStatus Status)
{
    [JsonPropertyOrder(-1)] public DateDetail Date { get; init; } = null!;
}
