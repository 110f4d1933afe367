using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Actors;

/// <summary>A country, person, government body, organisation, company or media outlet.</summary>
public sealed record ActorSummary(
    string Id,
    string Name,
    ActorKind Kind,
    [property: Description("ISO 3166-1 alpha-2 code of the actor's country, where one applies.")] string? Country,
    [property: Description("Office or title as the sources give it.")] string? Role)
{
    // The columns come from the actor's row; the aliases from a query of their own, for a page at a time.
    [Description("Other names: short forms, other spellings and transliterations.")] public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record ActorDetail(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    string? Role)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    [Description("Events the actor took part in, newest first, with the role held at the time.")] public IReadOnlyList<EventLink> Events { get; init; } = [];

    [Description("Agreements the actor is a party to.")] public IReadOnlyList<AgreementLink> Agreements { get; init; } = [];

    [Description("The organisations the actor belongs to (a minister's ministry, a department's party), with the role or title held there as the documents give it.")] public IReadOnlyList<ActorRole> MemberOf { get; init; } = [];

    [Description("For an organisation: its people and departments, with the role or title each holds.")] public IReadOnlyList<ActorRole> Members { get; init; } = [];

    [Description("Events, agreements and claims that name the actor without its taking part or being a party, with its role in each.")] public IReadOnlyList<RecordRef> MentionedIn { get; init; } = [];

    [Description("Sources the actor is the outlet or the author of (role: outlet or author).")] public IReadOnlyList<RecordRef> Sources { get; init; } = [];

    [Description("Figures the actor states (claims it is the asserter of) or that are about it (claims whose subject it is), by metric and period.")] public IReadOnlyList<StatedClaim> Claims { get; init; } = [];

    [Description("Projects the actor has a role in (financier, builder, operator, partner, host, owner, supporter, announcer).")] public IReadOnlyList<ActorProject> Projects { get; init; } = [];

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    // The build stores each actor as listed from its detail (StoredRepresentations); the byte-identity tests hold it to
    // what the list computes.
    internal ActorSummary Listed() => new(Id, Name, Kind, Country, Role) { Aliases = Aliases };
}

internal static class ActorCsv
{
    public static readonly Csv.CsvColumns<ActorSummary> Columns = new(
        ("id", a => a.Id), ("name", a => a.Name), ("kind", a => a.Kind), ("country", a => a.Country), ("role", a => a.Role),
        ("aliases", a => a.Aliases));
}

/// <summary>A project an actor has a role in.</summary>
public sealed record ActorProject(string Id, string Title, ProjectKind Kind, ProjectActorRole Role);
