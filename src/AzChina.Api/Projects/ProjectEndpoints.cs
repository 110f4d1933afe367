using System.ComponentModel;
using AzChina.Api.Actors;
using AzChina.Api.Csv;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Api.Shared;
using AzChina.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Projects;

internal static class ProjectEndpoints
{
    public static RouteGroupBuilder MapProjects(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/projects").WithTags("Projects");

        group.MapGet("/", ListProjects)
            .WithName("listProjects")
            .WithSummary("List projects")
            .WithDescription("Projects the documents name (one record per project, after AidData), alphabetically, each with its status as known at asOf, " +
                             "its actors with their roles and its places.");

        group.MapGet("/{id}", GetProject)
            .WithName("getProject")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one project")
            .WithDescription("A project with its status history (each status with its date, the day it became known and its evidence), the status as " +
                             "known at asOf, its actors, places, events, agreements, claims and initiatives.");

        return group;
    }

    private static Results<Ok<Page<ProjectSummary>>, CsvHttpResult, ValidationProblem> ListProjects(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] ProjectFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = ProjectFilter.Parse(filters);
        if (!filter.IsValid) return Problems.BadParameter(filter);
        if (filter.Value!.Actor is { } actor && ActorQueries.FirstUnknown(database, [actor]) is not null)
            return Problems.BadParameter("actor", $"names no known actor: '{actor}'");
        if (filter.Value!.Place is { } place && !PlaceLinkQueries.Exists(database, place))
            return Problems.BadParameter("place", $"names no known place: '{place}'");
        if (filter.Value!.Initiative is { } initiative && !Initiatives.InitiativeQueries.Exists(database, initiative))
            return Problems.BadParameter("initiative", $"names no known initiative: '{initiative}'");
        return PagedList.Serve(http, database, paging, ProjectQueries.List(filter.Value!));
    }

    private static Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult> GetProject(
        ReadOnlyDatabase database,
        [Description("Project id, e.g. sericulture-project-khojaly."), Example("sericulture-project-khojaly")] string id,
        [FromQuery(Name = "asOf"), Description("Knowledge date, YYYY-MM-DD: the status and status history as the data stood on that day. Default: everything known.")] string? asOf = null,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
    {
        var day = RequestParsers.Day("asOf", asOf);
        if (!day.IsValid) return Problems.BadParameter(day);
        return SingleRecord.Serve(database, "Project", id, format, (db, projectId) => ProjectQueries.Find(db, projectId, IsoDates.Format(day.Value)));
    }
}
