using System.ComponentModel;
using AzChina.Api.Csv;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Places;

internal static class PlaceEndpoints
{
    public static RouteGroupBuilder MapPlaces(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/places").WithTags("Places");

        group.MapGet("/", ListPlaces)
            .WithName("listPlaces")
            .WithSummary("List places")
            .WithDescription("Every country, region, city, territory, port and sea the documents name, alphabetically, with kind, country code and " +
                             "parent place where the documents support one (parentBasis says how that is known).");

        group.MapGet("/{id}", GetPlace)
            .WithName("getPlace")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one place")
            .WithDescription("A place with its children and what happened there: the events, projects, claims and initiatives linked to it or to a place within it, each with its role and basis.");

        return group;
    }

    private static Results<Ok<Page<PlaceSummary>>, CsvHttpResult, ValidationProblem> ListPlaces(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] PlaceFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = PlaceFilter.Parse(filters);
        if (!filter.IsValid) return Problems.BadParameter(filter);
        return PagedList.Serve(http, database, paging, PlaceQueries.List(filter.Value!));
    }

    private static Results<Ok<PlaceDetail>, ValidationProblem, ProblemHttpResult> GetPlace(
        ReadOnlyDatabase database,
        [Description("Place id, e.g. khojaly."), Example("khojaly")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Place", id, format, PlaceQueries.Find);
}
