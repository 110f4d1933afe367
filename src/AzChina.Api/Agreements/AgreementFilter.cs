using System.ComponentModel;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Agreements;

/// <summary>The filters of GET /agreements, as the query string gives them.</summary>
public readonly record struct AgreementFilterParameters(
    [FromQuery(Name = "from"), Description(DateFilter.FromDescription)] string? From,
    [FromQuery(Name = "to"), Description(DateFilter.ToDescription)] string? To,
    [FromQuery(Name = "status"), Schema(typeof(AgreementStatus)), Description("Status: only agreements in it (signed, or only agreed, anticipated or announced).")] string? Status,
    [FromQuery(Name = "kind"), Schema(typeof(AgreementKind)), Description("Kind of agreement: only agreements of this kind.")] string? Kind,
    [FromQuery(Name = "actor"), Description("Actor id of a party; repeat it for agreements to which every given actor is a party.")] string[]? Actor,
    [FromQuery(Name = "q"), Description("Full-text search in titles, summaries and evidence quotes; case- and diacritics-insensitive; at most 200 characters.")] string? Q,
    [FromQuery(Name = "sort"), DefaultValue("-date"), Description("date (oldest first) or -date (newest first, the default); agreements with no earliest day (unknown, or only \"on or before\") come last either way.")] string? Sort,
    [FromQuery(Name = "dateMatch"), Schema(typeof(Domain.Time.DateMatch)), DefaultValue("certain"), Description(DateFilter.MatchDescription)] string? DateMatch);

/// <summary>Validated agreement filters.</summary>
internal sealed record AgreementFilter(
    DateFilter Window, string? Status, string? Kind, IReadOnlyList<string> Actors, string? Match, bool Descending)
{
    public static AgreementFilter ForActor(string actorId, DateFilter? window = null) =>
        new(window ?? DateFilter.None, null, null, [actorId], null, Descending: true);

    public static Parsed<AgreementFilter> Parse(AgreementFilterParameters p)
    {
        var window = DateFilter.Parse(p.From, p.To, p.DateMatch);
        if (!window.IsValid) return window.Failure<AgreementFilter>();
        var status = RequestParsers.Vocabulary<AgreementStatus>("status", p.Status);
        if (!status.IsValid) return status.Failure<AgreementFilter>();
        var kind = RequestParsers.Vocabulary<AgreementKind>("kind", p.Kind);
        if (!kind.IsValid) return kind.Failure<AgreementFilter>();
        var actors = p.Actor ?? [];
        foreach (var actor in actors)
            if (RequestParsers.Id("actor", actor) is { IsValid: false } badActor) return badActor.Failure<AgreementFilter>();
        var match = RequestParsers.SearchQuery("q", p.Q);
        if (!match.IsValid) return match.Failure<AgreementFilter>();
        var sort = RequestParsers.Choice("sort", p.Sort, "-date", "date", "-date");
        if (!sort.IsValid) return sort.Failure<AgreementFilter>();

        return Parsed<AgreementFilter>.Valid(new AgreementFilter(
            window.Value!, status.Value, kind.Value, actors.Distinct().Order(StringComparer.Ordinal).ToList(), match.Value, sort.Value == "-date"));
    }

    public string CursorScope =>
        $"agreements|{Window.Scope}|{Status}|{Kind}|{string.Join(',', Actors)}|{Match}|{(Descending ? "-date" : "date")}";
}
