using System.ComponentModel;
using AzChina.Api.Hosting;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Places;

/// <summary>The filters of GET /places, as the query string gives them.</summary>
public readonly record struct PlaceFilterParameters(
    [FromQuery(Name = "kind"), Schema(typeof(PlaceKind)), Description("Kind of place: only places of this kind.")] string? Kind,
    [FromQuery(Name = "country"), Description("ISO 3166-1 alpha-2 code: only places in that country, e.g. CN.")] string? Country,
    [FromQuery(Name = "parent"), Description("Place id: only the places whose parent it is, e.g. china.")] string? Parent,
    [FromQuery(Name = "q"), Description("Full-text search in names, aliases and evidence quotes; case- and diacritics-insensitive (Xocalı finds Khojaly); at most 200 characters.")] string? Q);

/// <summary>Validated place filters.</summary>
internal sealed record PlaceFilter(string? Kind, string? Country, string? Parent, string? Match)
{
    public static Parsed<PlaceFilter> Parse(PlaceFilterParameters p)
    {
        var kind = RequestParsers.Vocabulary<PlaceKind>("kind", p.Kind);
        if (!kind.IsValid) return kind.Failure<PlaceFilter>();
        var country = RequestParsers.Country("country", p.Country);
        if (!country.IsValid) return country.Failure<PlaceFilter>();
        var parent = RequestParsers.Id("parent", p.Parent);
        if (!parent.IsValid) return parent.Failure<PlaceFilter>();
        var match = RequestParsers.SearchQuery("q", p.Q);
        if (!match.IsValid) return match.Failure<PlaceFilter>();
        return Parsed<PlaceFilter>.Valid(new PlaceFilter(kind.Value, country.Value, parent.Value, match.Value));
    }

    public string CursorScope => $"places|{Kind}|{Country}|{Parent}|{Match}";
}
