using System.ComponentModel;
using AzChina.Api.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Sources;

/// <summary>The filters of GET /sources, as the query string gives them.</summary>
public readonly record struct SourceFilterParameters(
    [FromQuery(Name = "outlet"), Description("Outlet name, case-insensitive, e.g. Trend News Agency or OC Media.")] string? Outlet,
    [FromQuery(Name = "from"), Description("Sources published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")] string? From,
    [FromQuery(Name = "to"), Description("Sources published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY; a month or year means its last day).")] string? To,
    [FromQuery(Name = "dateMatch"), Schema(typeof(Domain.Time.DateMatch)), DefaultValue("certain"), Description("certain (the default) or possible, as on every list with from/to; a publication date is always a day, so both keep the same sources.")] string? DateMatch);

internal sealed record SourceFilter(string? Outlet, string? From, string? To)
{
    public static Parsed<SourceFilter> Parse(SourceFilterParameters p)
    {
        if (p.Outlet is { } outlet && (outlet.Length > 200 || outlet.Any(char.IsControl)))
            return Parsed<SourceFilter>.Invalid("outlet", "must be an outlet name of at most 200 characters without control characters");
        var range = RequestParsers.DateRange(p.From, p.To);
        if (!range.IsValid) return range.Failure<SourceFilter>();
        // Checked like everywhere else, though a day is as certain as it is possible.
        var match = RequestParsers.DateMatch(p.DateMatch);
        if (!match.IsValid) return match.Failure<SourceFilter>();
        return Parsed<SourceFilter>.Valid(new SourceFilter(
            p.Outlet, IsoDates.Format(range.Value.From), IsoDates.Format(range.Value.To)));
    }

    public string CursorScope => $"sources|{Outlet}|{From}|{To}";
}
