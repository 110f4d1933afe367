using System.ComponentModel;
using AzChina.Api.Agreements;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Events;
using AzChina.Api.Paging;
using AzChina.Api.Stored;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Actors;

internal static class ActorEndpoints
{
    public static RouteGroupBuilder MapActors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/actors").WithTags("Actors");

        group.MapGet("/", ListActors)
            .WithName("listActors")
            .WithSummary("List actors")
            .WithDescription("Countries, people, government bodies, organisations, companies and media named in the sources, by name.");

        group.MapGet("/{id}", GetActor)
            .AnsweredFromStore(StoredRepresentations.Detail("actor"), "id", SingleRecord.Missing("Actor"))
            .WithName("getActor")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one actor")
            .WithDescription("An actor with its aliases, the events it took part in, the agreements it is party to, and the evidence naming it.");

        group.MapGet("/{id}/events", ListActorEvents)
            .WithName("listActorEvents")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List an actor's events")
            .WithDescription("The events the actor took part in, newest first (undated last), paged and date-filtered like /events.");

        group.MapGet("/{id}/agreements", ListActorAgreements)
            .WithName("listActorAgreements")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List an actor's agreements")
            .WithDescription("The agreements the actor is a party to, newest first (undated last), paged and date-filtered like /agreements.");

        return group;
    }

    private static Results<Ok<Page<ActorSummary>>, CsvHttpResult, ValidationProblem> ListActors(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] ActorFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = ActorFilter.Parse(filters);
        return filter.IsValid ? PagedList.Serve(http, database, paging, ActorQueries.List(filter.Value!)) : Problems.BadParameter(filter);
    }

    private static Results<Ok<ActorDetail>, ValidationProblem, ProblemHttpResult> GetActor(
        ReadOnlyDatabase database,
        [Description("Actor id, e.g. ilham-aliyev or china."), Example("ilham-aliyev")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Actor", id, format, ActorQueries.Find);

    private static Results<Ok<Page<EventSummary>>, CsvHttpResult, ValidationProblem, ProblemHttpResult> ListActorEvents(
        HttpContext http, ReadOnlyDatabase database,
        [Description("Actor id, e.g. ilham-aliyev."), Example("ilham-aliyev")] string id, [AsParameters] DateWindowParameters dates,
        [AsParameters] PageParameters paging)
    {
        if (RequestParsers.Id("id", id) is { IsValid: false } malformed) return Problems.BadParameter(malformed);
        var window = dates.Parse();
        if (!window.IsValid) return Problems.BadParameter(window);
        if (ActorQueries.FirstUnknown(database, [id]) is not null) return Problems.NotFound("Actor", id);
        return PagedList.Serve(http, database, paging, EventQueries.List(EventFilter.ForActor(id, window.Value))).Widen();
    }

    private static Results<Ok<Page<AgreementSummary>>, CsvHttpResult, ValidationProblem, ProblemHttpResult> ListActorAgreements(
        HttpContext http, ReadOnlyDatabase database,
        [Description("Actor id, e.g. azerbaijan."), Example("azerbaijan")] string id, [AsParameters] DateWindowParameters dates,
        [AsParameters] PageParameters paging)
    {
        if (RequestParsers.Id("id", id) is { IsValid: false } malformed) return Problems.BadParameter(malformed);
        var window = dates.Parse();
        if (!window.IsValid) return Problems.BadParameter(window);
        if (ActorQueries.FirstUnknown(database, [id]) is not null) return Problems.NotFound("Actor", id);
        return PagedList.Serve(http, database, paging, AgreementQueries.List(AgreementFilter.ForActor(id, window.Value))).Widen();
    }
}
