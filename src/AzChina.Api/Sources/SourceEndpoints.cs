using System.ComponentModel;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Sources;

internal static class SourceEndpoints
{
    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sources").WithTags("Sources");

        group.MapGet("/", ListSources)
            .WithName("listSources")
            .WithSummary("List sources")
            .WithDescription("The news documents the data is curated from, newest first.");

        group.MapGet("/{id}", GetSource)
            .WithName("getSource")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one source")
            .WithDescription("A source document's metadata and every record that cites it, with the quote taken from it.");

        return group;
    }

    private static Results<Ok<Page<SourceSummary>>, CsvHttpResult, ValidationProblem> ListSources(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] SourceFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = SourceFilter.Parse(filters);
        return filter.IsValid ? PagedList.Serve(http, database, paging, SourceQueries.List(filter.Value!)) : Problems.BadParameter(filter);
    }

    private static Results<Ok<SourceDetail>, ValidationProblem, ProblemHttpResult> GetSource(
        ReadOnlyDatabase database,
        [Description("Source id, e.g. trend-2025-04-16-commission."), Example("trend-2025-04-16-commission")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Source", id, format, SourceQueries.Find);
}
