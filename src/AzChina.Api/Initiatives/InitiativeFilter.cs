using System.ComponentModel;
using AzChina.Api.Hosting;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Initiatives;

/// <summary>The filters of GET /initiatives, as the query string gives them.</summary>
public readonly record struct InitiativeFilterParameters(
    [FromQuery(Name = "kind"), Schema(typeof(InitiativeKind)), Description("Kind: initiative, corridor or railway.")] string? Kind,
    [FromQuery(Name = "place"), Description("Place id: only initiatives linked to this place or a place within it, e.g. armenia.")] string? Place,
    [FromQuery(Name = "q"), Description("Full-text search in names, aliases, summaries and evidence quotes; case- and diacritics-insensitive; at most 200 characters.")] string? Q);

internal sealed record InitiativeFilter(string? Kind, string? Place, string? Match)
{
    public static Parsed<InitiativeFilter> Parse(InitiativeFilterParameters p)
    {
        var kind = RequestParsers.Vocabulary<InitiativeKind>("kind", p.Kind);
        if (!kind.IsValid) return kind.Failure<InitiativeFilter>();
        var place = RequestParsers.Id("place", p.Place);
        if (!place.IsValid) return place.Failure<InitiativeFilter>();
        var match = RequestParsers.SearchQuery("q", p.Q);
        if (!match.IsValid) return match.Failure<InitiativeFilter>();
        return Parsed<InitiativeFilter>.Valid(new InitiativeFilter(kind.Value, place.Value, match.Value));
    }

    public string CursorScope => $"initiatives|{Kind}|{Place}|{Match}";
}
