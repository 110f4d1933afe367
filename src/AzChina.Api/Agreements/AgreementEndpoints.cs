using System.ComponentModel;
using AzChina.Api.Actors;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Api.Stored;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Agreements;

internal static class AgreementEndpoints
{
    public static RouteGroupBuilder MapAgreements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/agreements").WithTags("Agreements");

        group.MapGet("/", ListAgreements)
            .WithName("listAgreements")
            .WithSummary("List agreements")
            .WithDescription("Declarations, agreements and protocols, signed or only anticipated/announced (see status), newest first; undated ones last. Projects (the BYD electric-bus project) are at /projects.");

        group.MapGet("/{id}", GetAgreement)
            .AnsweredFromStore(StoredRepresentations.Detail("agreement"), "id", SingleRecord.Missing("Agreement"))
            .WithName("getAgreement")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one agreement")
            .WithDescription("An agreement with its parties, the event it belongs to and the verbatim evidence for it.");

        return group;
    }

    private static Results<Ok<Page<AgreementSummary>>, CsvHttpResult, ValidationProblem> ListAgreements(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] AgreementFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = AgreementFilter.Parse(filters);
        if (!filter.IsValid) return Problems.BadParameter(filter);
        if (ActorQueries.FirstUnknown(database, filter.Value!.Actors) is { } unknown)
            return Problems.BadParameter("actor", $"names no known actor: '{unknown}'");
        return PagedList.Serve(http, database, paging, AgreementQueries.List(filter.Value!));
    }

    private static Results<Ok<AgreementDetail>, ValidationProblem, ProblemHttpResult> GetAgreement(
        ReadOnlyDatabase database,
        [Description("Agreement id, e.g. strategic-partnership-declaration-2024."), Example("strategic-partnership-declaration-2024")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Agreement", id, format, AgreementQueries.Find);
}
