using System.ComponentModel;
using AzChina.Api.Csv;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Api.Shared;
using AzChina.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Initiatives;

internal static class InitiativeEndpoints
{
    public static RouteGroupBuilder MapInitiatives(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/initiatives").WithTags("Initiatives");

        group.MapGet("/", ListInitiatives)
            .WithName("listInitiatives")
            .WithSummary("List initiatives and corridors")
            .WithDescription("Programmes and corridors the documents name (Belt and Road, Middle Corridor, Zangezur corridor, …), alphabetically, " +
                             "with their aliases and, where the sides present one differently, each side's framing with its evidence.");

        group.MapGet("/{id}", GetInitiative)
            .WithName("getInitiative")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one initiative")
            .WithDescription("An initiative or corridor with the events, projects, claims and metrics that concern it, its places and its framings.");

        return group;
    }

    private static Results<Ok<Page<InitiativeSummary>>, CsvHttpResult, ValidationProblem> ListInitiatives(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] InitiativeFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = InitiativeFilter.Parse(filters);
        if (!filter.IsValid) return Problems.BadParameter(filter);
        if (filter.Value!.Place is { } place && !PlaceLinkQueries.Exists(database, place))
            return Problems.BadParameter("place", $"names no known place: '{place}'");
        return PagedList.Serve(http, database, paging, InitiativeQueries.List(filter.Value!));
    }

    private static Results<Ok<InitiativeDetail>, ValidationProblem, ProblemHttpResult> GetInitiative(
        ReadOnlyDatabase database,
        [Description("Initiative id, e.g. zangezur-corridor."), Example("zangezur-corridor")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Initiative", id, format, InitiativeQueries.Find);
}
