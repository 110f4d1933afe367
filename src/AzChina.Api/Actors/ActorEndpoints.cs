using System.ComponentModel;
using AzChina.Api.Data;
using AzChina.Api.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

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
            .WithName("getActor")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one actor")
            .WithDescription("An actor with its aliases, the events it took part in, the agreements it is party to, and the evidence naming it.");

        return group;
    }

    private static Results<Ok<Page<ActorSummary>>, ValidationProblem> ListActors(
        ReadOnlyDatabase database,
        [Description("Page size, 1–500 (default 50).")] int? limit = null,
        [Description("Opaque cursor from a previous page's nextCursor.")] string? cursor = null)
        => PagedList.Serve(database, limit, cursor, "actors:name", ActorQueries.List, a => (a.Name, a.Id));

    private static Results<Ok<ActorDetail>, ProblemHttpResult> GetActor(
        ReadOnlyDatabase database,
        [Description("Actor id, e.g. ilham-aliyev or china.")] string id)
    {
        using var db = database.Open();
        var found = ActorQueries.Find(db, id);
        return found is null ? Problems.NotFound("Actor", id) : TypedResults.Ok(found);
    }
}
