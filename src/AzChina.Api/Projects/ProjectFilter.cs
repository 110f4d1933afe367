using System.ComponentModel;
using AzChina.Api.Hosting;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Projects;

/// <summary>The filters of GET /projects, as the query string gives them.</summary>
public readonly record struct ProjectFilterParameters(
    [FromQuery(Name = "status"), Schema(typeof(ProjectStatus)), Description("Only projects whose status as known at asOf is this one.")] string? Status,
    [FromQuery(Name = "kind"), Schema(typeof(ProjectKind)), Description("Kind of project.")] string? Kind,
    [FromQuery(Name = "sector"), Schema(typeof(Topic)), Description("Sector (a topic), e.g. sericulture or industry.")] string? Sector,
    [FromQuery(Name = "actor"), Description("Actor id: only projects this actor has a role in, e.g. byd.")] string? Actor,
    [FromQuery(Name = "place"), Description("Place id: only projects linked to this place or a place within it, e.g. khojaly.")] string? Place,
    [FromQuery(Name = "initiative"), Description("Initiative id: only projects that belong to it, e.g. middle-corridor.")] string? Initiative,
    [FromQuery(Name = "from"), Description("Only projects with a status (known at asOf) whose date meets the window from this date (YYYY-MM-DD, YYYY-MM or YYYY). " + DateFilter.RuleText)] string? From,
    [FromQuery(Name = "to"), Description("Only projects with a status (known at asOf) whose date meets the window up to this date (a month or year means its last day). See from and dateMatch.")] string? To,
    [FromQuery(Name = "dateMatch"), Schema(typeof(Domain.Time.DateMatch)), DefaultValue("certain"), Description(DateFilter.MatchDescription)] string? DateMatch,
    [FromQuery(Name = "asOf"), Description("Knowledge date, YYYY-MM-DD: each project's status as the data stood on that day, counting only statuses from sources published on or before it. Default: everything known.")] string? AsOf,
    [FromQuery(Name = "q"), Description("Full-text search in titles, aliases, summaries, actors' and places' names and evidence quotes; case- and diacritics-insensitive; at most 200 characters.")] string? Q);

/// <summary>Validated project filters.</summary>
internal sealed record ProjectFilter(
    string? Status, string? Kind, string? Sector, string? Actor, string? Place, string? Initiative,
    string? From, string? To, bool Possible, string? AsOf, string? Match)
{
    public static Parsed<ProjectFilter> Parse(ProjectFilterParameters p)
    {
        var status = RequestParsers.Vocabulary<ProjectStatus>("status", p.Status);
        if (!status.IsValid) return status.Failure<ProjectFilter>();
        var kind = RequestParsers.Vocabulary<ProjectKind>("kind", p.Kind);
        if (!kind.IsValid) return kind.Failure<ProjectFilter>();
        var sector = RequestParsers.Vocabulary<Topic>("sector", p.Sector);
        if (!sector.IsValid) return sector.Failure<ProjectFilter>();
        var actor = RequestParsers.Id("actor", p.Actor);
        if (!actor.IsValid) return actor.Failure<ProjectFilter>();
        var place = RequestParsers.Id("place", p.Place);
        if (!place.IsValid) return place.Failure<ProjectFilter>();
        var initiative = RequestParsers.Id("initiative", p.Initiative);
        if (!initiative.IsValid) return initiative.Failure<ProjectFilter>();
        var window = DateFilter.Parse(p.From, p.To, p.DateMatch);
        if (!window.IsValid) return window.Failure<ProjectFilter>();
        var asOf = RequestParsers.Day("asOf", p.AsOf);
        if (!asOf.IsValid) return asOf.Failure<ProjectFilter>();
        var q = RequestParsers.SearchQuery("q", p.Q);
        if (!q.IsValid) return q.Failure<ProjectFilter>();
        return Parsed<ProjectFilter>.Valid(new ProjectFilter(
            status.Value, kind.Value, sector.Value, actor.Value, place.Value, initiative.Value,
            window.Value!.FromText, window.Value!.ToText, window.Value!.Match == Domain.Time.DateMatch.Possible,
            IsoDates.Format(asOf.Value), q.Value));
    }

    public string CursorScope =>
        $"projects|{Status}|{Kind}|{Sector}|{Actor}|{Place}|{Initiative}|{From}|{To}|{(Possible ? "possible" : "certain")}|{AsOf}|{Match}";
}
