using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Projects;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Initiatives;

/// <summary>
/// How one side presents an initiative (the Zangezur corridor): who frames it, at which event, in which voice
/// (reported, claimed, or disputed with the events that dispute it), with its verbatim evidence.
/// </summary>
public sealed record Framing(
    string Id,
    [property: Description("Who presents it this way, in words (\"China's chargé d'affaires to Armenia\").")] string Side,
    [property: Description("The actor framing it, where the documents name one; null for unnamed pro-government media.")] string? FramedBy,
    [property: Description("The event at which it was said or reported.")] string? EventId,
    Assertion Assertion,
    string Summary)
{
    [JsonPropertyOrder(1), Description("For a disputed framing: the events that dispute it (the chargé's denial).")] public IReadOnlyList<string> DisputedBy { get; init; } = [];

    [JsonPropertyOrder(2)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>A programme or corridor: the Belt and Road initiative, the Middle Corridor, the Zangezur corridor, …</summary>
public sealed record InitiativeSummary(
    string Id,
    string Name,
    [property: Description("initiative (a programme), corridor or railway.")] InitiativeKind Kind,
    string? Summary)
{
    [JsonPropertyOrder(1), Description("Other names, only where a document equates them (Trans-Caspian International Transport Route = Middle Corridor).")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonPropertyOrder(2), Description("Where the sides present it differently, each side's framing with its evidence.")]
    public IReadOnlyList<Framing> Framings { get; init; } = [];
}

public sealed record InitiativeDetail(
    string Id,
    string Name,
    InitiativeKind Kind,
    string? Summary,
    [property: Description("Where an alias comes from, when it needs saying.")] string? AliasNote)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonPropertyOrder(1)] public IReadOnlyList<PlaceLink> Places { get; init; } = [];

    [JsonPropertyOrder(2)] public IReadOnlyList<RecordEvent> Events { get; init; } = [];

    [JsonPropertyOrder(2), Description("The projects that belong to the initiative.")] public IReadOnlyList<ProjectRef> Projects { get; init; } = [];

    [JsonPropertyOrder(2), Description("Claims about the initiative (Azerbaijan's Belt and Road investment rank).")] public IReadOnlyList<RecordClaim> Claims { get; init; } = [];

    [JsonPropertyOrder(2), Description("Metrics about the initiative; /metrics/{name} serves each series.")] public IReadOnlyList<InitiativeMetric> Metrics { get; init; } = [];

    [JsonPropertyOrder(3)] public IReadOnlyList<Framing> Framings { get; init; } = [];

    [JsonPropertyOrder(4)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

public sealed record InitiativeMetric(string Name, string Label);

internal static class InitiativeCsv
{
    public static readonly Csv.CsvColumns<InitiativeSummary> Columns = new(
        ("id", i => i.Id), ("name", i => i.Name), ("kind", i => i.Kind), ("summary", i => i.Summary), ("aliases", i => i.Aliases),
        ("framings", i => i.Framings.Select(f => f.Id)));
}
