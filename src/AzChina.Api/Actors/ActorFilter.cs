using System.ComponentModel;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Actors;

/// <summary>The filters of GET /actors, as the query string gives them.</summary>
public readonly record struct ActorFilterParameters(
    [FromQuery(Name = "kind"), Schema(typeof(ActorKind)), Description("Kind of actor: only actors of this kind.")] string? Kind,
    [FromQuery(Name = "country"), Description("ISO 3166-1 alpha-2 code of the actor's country, e.g. AZ or CN.")] string? Country,
    [FromQuery(Name = "q"), Description("Full-text search in names, aliases, roles and evidence quotes; case- and diacritics-insensitive (Əliyev finds Aliyev); at most 200 characters.")] string? Q);

internal sealed record ActorFilter(string? Kind, string? Country, string? Match)
{
    public static Parsed<ActorFilter> Parse(ActorFilterParameters p)
    {
        var kind = RequestParsers.Vocabulary<ActorKind>("kind", p.Kind);
        if (!kind.IsValid) return kind.Failure<ActorFilter>();
        var country = RequestParsers.Country("country", p.Country);
        if (!country.IsValid) return country.Failure<ActorFilter>();
        var match = RequestParsers.SearchQuery("q", p.Q);
        if (!match.IsValid) return match.Failure<ActorFilter>();
        return Parsed<ActorFilter>.Valid(new ActorFilter(kind.Value, country.Value, match.Value));
    }

    public string CursorScope => $"actors|{Kind}|{Country}|{Match}";
}
