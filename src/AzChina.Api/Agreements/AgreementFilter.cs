using System.ComponentModel;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Agreements;

/// <summary>The filters of GET /agreements, as the query string gives them.</summary>
public readonly record struct AgreementFilterParameters(
    [FromQuery(Name = "from"), Description("Agreements dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY); undated agreements never match a date filter.")] string? From,
    [FromQuery(Name = "to"), Description("Agreements dated on or before this date (YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its last day).")] string? To,
    [FromQuery(Name = "status"), Schema(typeof(AgreementStatus)), Description("Status: only agreements in it (signed, or only agreed, anticipated or announced).")] string? Status,
    [FromQuery(Name = "kind"), Schema(typeof(AgreementKind)), Description("Kind of agreement: only agreements of this kind.")] string? Kind,
    [FromQuery(Name = "actor"), Description("Actor id of a party; repeat it for agreements to which every given actor is a party.")] string[]? Actor,
    [FromQuery(Name = "q"), Description("Full-text search in titles, summaries and evidence quotes; case- and diacritics-insensitive; at most 200 characters.")] string? Q,
    [FromQuery(Name = "sort"), DefaultValue("-date"), Description("date (oldest first) or -date (newest first, the default); undated agreements come last either way.")] string? Sort);

/// <summary>Validated agreement filters.</summary>
internal sealed record AgreementFilter(
    string? From, string? To, string? Status, string? Kind, IReadOnlyList<string> Actors, string? Match, bool Descending)
{
    public static AgreementFilter ForActor(string actorId) => new(null, null, null, null, [actorId], null, Descending: true);

    public static Parsed<AgreementFilter> Parse(AgreementFilterParameters p)
    {
        var range = RequestParsers.DateRange(p.From, p.To);
        if (!range.IsValid) return range.Failure<AgreementFilter>();
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
            IsoDates.Format(range.Value.From), IsoDates.Format(range.Value.To),
            status.Value, kind.Value, actors.Distinct().Order(StringComparer.Ordinal).ToList(), match.Value, sort.Value == "-date"));
    }

    public string CursorScope =>
        $"agreements|{From}|{To}|{Status}|{Kind}|{string.Join(',', Actors)}|{Match}|{(Descending ? "-date" : "date")}";
}
