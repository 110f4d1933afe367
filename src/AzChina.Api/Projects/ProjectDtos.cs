using System.ComponentModel;
using System.Text.Json.Serialization;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Projects;

internal static class ProjectText
{
    public const string Status = "The project's status as known at asOf (everything known when asOf is absent): of the statuses its sources had published by then, " +
                                 "the one that happened last. pledged, committed, announced, in_implementation, completed (built, created or established) or cancelled/suspended " +
                                 "(AidData's lifecycle); null when no source had given one.";
}

/// <summary>An actor of a project, with its role: financier, builder, operator, partner, host, owner, supporter or announcer.</summary>
public sealed record ProjectActor(string Id, string Name, ActorKind Kind, ProjectActorRole Role);

/// <summary>One status a document gives a project, with its date no more precisely than the document, the day it became known, and its evidence.</summary>
public sealed record ProjectStatusEntry(
    ProjectStatus Status,
    DateDetail Date,
    [property: Description("The day the status became known: the first publication of a source that gives it. asOf counts a status from this day.")] DateOnly KnownOn,
    [property: Description("Who asserts the status, where it rests on an actor's word (the BYD announcement); null when the outlet states it.")] string? AssertedBy,
    string? Note)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

/// <summary>An event a project or initiative names, and what the event was to it.</summary>
public sealed record RecordEvent(
    string Id, string Title, EventType Type,
    [property: Description("announced_at, agreed_at, launch_expected_at (the documents do not say it happened), discussed_at, described_at or subject_of.")] RecordEventRole Role);

/// <summary>An agreement a project names: created_by or concerns.</summary>
public sealed record ProjectAgreement(string Id, string Title, AgreementKind Kind, ProjectAgreementRole Role);

/// <summary>A claim about a project or initiative: its figure and its source.</summary>
public sealed record RecordClaim(string Id, string Metric, double Value, string Stated, string SourceId);

/// <summary>A project as another record names it.</summary>
public sealed record ProjectRef(string Id, string Title, ProjectKind Kind);

/// <summary>An initiative as another record names it.</summary>
public sealed record InitiativeRef(string Id, string Name, InitiativeKind Kind);

/// <summary>A project (after AidData's one record per project): kind, sector, status as known at asOf, actors with roles, places.</summary>
public sealed record ProjectSummary(
    string Id,
    string Title,
    ProjectKind Kind,
    [property: Description("The sector, from the topic vocabulary (industry, sericulture, trade, green_energy, transport, culture, …).")] Topic Sector,
    [property: Description(ProjectText.Status)] ProjectStatus? Status,
    [property: Description("The date of that status, as its document gives it; null with no status.")] DateDetail? StatusDate)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonPropertyOrder(1)] public IReadOnlyList<ProjectActor> Actors { get; init; } = [];

    [JsonPropertyOrder(1)] public IReadOnlyList<PlaceLink> Places { get; init; } = [];
}

public sealed record ProjectDetail(
    string Id,
    string Title,
    ProjectKind Kind,
    Topic Sector,
    string? Summary,
    [property: Description("Why the project has no place, or what its places leave open.")] string? PlaceNote,
    [property: Description(ProjectText.Status)] ProjectStatus? Status,
    DateDetail? StatusDate,
    [property: Description("The knowledge date the status was computed for (YYYY-MM-DD); null for everything known.")] DateOnly? AsOf)
{
    [JsonPropertyOrder(1)] public IReadOnlyList<string> Aliases { get; init; } = [];

    [JsonPropertyOrder(1), Description("Every status the documents give, in the order they happened, each with its date, the day it became known and its evidence; statuses not yet known at asOf are left out.")]
    public IReadOnlyList<ProjectStatusEntry> StatusHistory { get; init; } = [];

    [JsonPropertyOrder(1)] public IReadOnlyList<ProjectActor> Actors { get; init; } = [];

    [JsonPropertyOrder(1)] public IReadOnlyList<PlaceLink> Places { get; init; } = [];

    [JsonPropertyOrder(2)] public IReadOnlyList<RecordEvent> Events { get; init; } = [];

    [JsonPropertyOrder(2), Description("The agreements that created the project or concern it.")] public IReadOnlyList<ProjectAgreement> Agreements { get; init; } = [];

    [JsonPropertyOrder(2), Description("Claims about the project (the 130,000 mulberry seedlings).")] public IReadOnlyList<RecordClaim> Claims { get; init; } = [];

    [JsonPropertyOrder(2)] public IReadOnlyList<InitiativeRef> Initiatives { get; init; } = [];

    [JsonPropertyOrder(3)] public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}

internal static class ProjectCsv
{
    public static readonly Csv.CsvColumns<ProjectSummary> Columns = new(
        ("id", p => p.Id), ("title", p => p.Title), ("kind", p => p.Kind), ("sector", p => p.Sector), ("status", p => p.Status),
        ("statusDateEdtf", p => p.StatusDate?.Edtf), ("statusDateKnown", p => p.StatusDate?.Known),
        ("actors", p => p.Actors.Select(a => $"{Vocabulary<ProjectActorRole>.Name(a.Role)}:{a.Id}")),
        ("places", p => p.Places.Select(l => $"{Vocabulary<PlaceRole>.Name(l.Role)}:{l.Id}")), ("aliases", p => p.Aliases));
}
