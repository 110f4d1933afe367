using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Places;

/// <summary>A place the documents name: a country, region, city, territory, exclave, port or sea, or a place whose kind they do not give.</summary>
public sealed record PlaceSummary(
    string Id,
    string Name,
    [property: Description("country, region, city, territory, exclave, port, sea; place when the documents name it without saying what kind it is.")] PlaceKind Kind,
    [property: Description("ISO 3166-1 alpha-2 code of the country the place is in (its own for a country); null where the documents give none.")] string? Country,
    [property: Description("Id of the place it lies in, where the documents support one; null when they leave it open (parentNote on the detail says so).")] string? Parent,
    [property: Description("How the parent is known: stated, assumed_from_dateline or inferred_from_text; null without a parent.")] LocationBasis? ParentBasis)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>An event that happened at or names a place (or a place within it).</summary>
public sealed record PlaceEvent(string Id, string Title, EventType Type, string PlaceId, PlaceRole Role, LocationBasis Basis);

/// <summary>A project sited at, routed through or naming a place (or a place within it).</summary>
public sealed record PlaceProject(string Id, string Title, ProjectKind Kind, string PlaceId, PlaceRole Role, LocationBasis Basis);

/// <summary>A claim about a place (or a place within it): the figure and where it was stated.</summary>
public sealed record PlaceClaim(string Id, string Metric, double Value, string Stated, string SourceId, string PlaceId, PlaceRole Role, LocationBasis Basis);

/// <summary>An initiative or corridor that runs through or to a place.</summary>
public sealed record PlaceInitiative(string Id, string Name, InitiativeKind Kind, string PlaceId, PlaceRole Role, LocationBasis Basis);

public sealed record PlaceDetail(
    string Id,
    string Name,
    PlaceKind Kind,
    string? Country,
    string? Parent,
    LocationBasis? ParentBasis,
    [property: Description("What a parent that is not stated rests on, or why the parent is left open.")] string? ParentNote,
    string? Note)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonPropertyOrder(1), Description("The places whose parent this is.")] public IReadOnlyList<PlaceRef> Children { get; init; } = [];

    [JsonPropertyOrder(2), Description("What happened there: events linked to this place or a place within it (placeId says which).")] public IReadOnlyList<PlaceEvent> Events { get; init; } = [];

    [JsonPropertyOrder(2), Description("Projects linked to this place or a place within it.")] public IReadOnlyList<PlaceProject> Projects { get; init; } = [];

    [JsonPropertyOrder(2), Description("Claims linked to this place or a place within it (the 130,000 seedlings sent to Khojaly).")] public IReadOnlyList<PlaceClaim> Claims { get; init; } = [];

    [JsonPropertyOrder(2), Description("Initiatives and corridors linked to this place or a place within it.")] public IReadOnlyList<PlaceInitiative> Initiatives { get; init; } = [];

    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

internal static class PlaceCsv
{
    public static readonly Csv.CsvColumns<PlaceSummary> Columns = new(
        ("id", p => p.Id), ("name", p => p.Name), ("kind", p => p.Kind), ("country", p => p.Country), ("parent", p => p.Parent),
        ("parentBasis", p => p.ParentBasis), ("aliases", p => p.Aliases));
}
