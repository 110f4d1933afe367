using System.ComponentModel;
using AzChina.Api.Actors;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Api.Shared;
using AzChina.Api.Stored;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Events;

internal static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/events").WithTags("Events");

        group.MapGet("/", ListEvents)
            .WithName("listEvents")
            .WithSummary("List events")
            .WithDescription("Meetings, visits, commission sessions, interviews, statements and other events, newest first, in keyset pages.");

        group.MapGet("/{id}", GetEvent)
            .AnsweredFromStore(StoredRepresentations.Detail("event"), "id", SingleRecord.Missing("Event"))
            .WithName("getEvent")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one event")
            .WithDescription("An event with its participants, topics, its occasion and parts, what it mentions and disputes, the agreements that name it (with what it was to each), the figures stated at it and the verbatim evidence for it.");

        return group;
    }

    private static Results<Ok<Page<EventSummary>>, CsvHttpResult, ValidationProblem> ListEvents(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] EventFilterParameters filters, [AsParameters] PageParameters paging)
    {
        var filter = EventFilter.Parse(filters);
        if (!filter.IsValid) return Problems.BadParameter(filter);
        if (ActorQueries.FirstUnknown(database, filter.Value!.Actors) is { } unknown)
            return Problems.BadParameter("actor", $"names no known actor: '{unknown}'");
        if (filter.Value.PartOf is { } occasion && occasion != EventFilter.NoOccasion && !EventQueries.Exists(database, occasion))
            return Problems.BadParameter("partOf", $"names no known event: '{occasion}'");
        if (filter.Value.Place is { } place && !PlaceLinkQueries.Exists(database, place))
            return Problems.BadParameter("place", $"names no known place: '{place}'");
        return PagedList.Serve(http, database, paging, EventQueries.List(filter.Value!));
    }

    private static Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult> GetEvent(
        ReadOnlyDatabase database,
        [Description("Event id, e.g. commission-10th-meeting-2025-04-16."), Example("commission-10th-meeting-2025-04-16")] string id,
        [FromQuery(Name = "format"), DefaultValue("json"), Description(ResponseFormats.JsonOnlyDescription)] string? format = null)
        => SingleRecord.Serve(database, "Event", id, format, EventQueries.Find);
}
