using System.ComponentModel;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Actors;

/// <summary>A country, person, government body, organisation, company or media outlet.</summary>
public sealed record ActorSummary(
    string Id,
    string Name,
    ActorKind Kind,
    [property: Description("ISO 3166-1 alpha-2 code of the actor's country, where one applies.")] string? Country,
    [property: Description("Office or title as the sources give it.")] string? Role,
    [property: Description("Other names: short forms, other spellings and transliterations.")] IReadOnlyList<string> Aliases);

public sealed record ActorDetail(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    string? Role,
    IReadOnlyList<string> Aliases,
    [property: Description("Events the actor took part in, newest first, with the role held at the time.")] IReadOnlyList<EventLink> Events,
    [property: Description("Agreements the actor is a party to.")] IReadOnlyList<AgreementLink> Agreements,
    IReadOnlyList<Evidence> Evidence);

// The columns of an actor, which Dapper cannot put into ActorSummary or ActorDetail: their constructors
// also take the aliases and links, which come from queries of their own.
internal sealed record ActorRow(string Id, string Name, ActorKind Kind, string? Country, string? Role);

internal static class ActorCsv
{
    public static readonly Csv.CsvColumns<ActorSummary> Columns = new(
        ("id", a => a.Id), ("name", a => a.Name), ("kind", a => a.Kind), ("country", a => a.Country), ("role", a => a.Role),
        ("aliases", a => a.Aliases));
}
