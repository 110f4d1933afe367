using AzChina.Api.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AzChina.Api.Health;

/// <summary>What the API is serving: the dataset fingerprint and how many records of each kind.</summary>
public sealed record HealthReport(string Status, string Fingerprint, RecordCounts Counts);

public sealed record RecordCounts(long Sources, long Actors, long Events, long Agreements, long Metrics, long Claims);

internal static class HealthEndpoints
{
    private const string Counts = """
        SELECT (SELECT count(*) FROM sources)    AS Sources,
               (SELECT count(*) FROM actors)     AS Actors,
               (SELECT count(*) FROM events)     AS Events,
               (SELECT count(*) FROM agreements) AS Agreements,
               (SELECT count(*) FROM metrics)    AS Metrics,
               (SELECT count(*) FROM claims)     AS Claims
        """;

    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", GetHealth)
            .WithTags("Health")
            // It reports on the database as it is now, so it is never answered from the cache.
            .CacheOutput(policy => policy.NoCache())
            .WithName("getHealth")
            .WithSummary("Health and dataset fingerprint")
            .WithDescription("200 when the database can be read: the fingerprint of the seeds and migrations it was built from, and record counts.");

    private static Ok<HealthReport> GetHealth(ReadOnlyDatabase database)
    {
        using var db = database.Open();
        return TypedResults.Ok(new HealthReport("ok", database.Fingerprint.Value, db.QuerySingle<RecordCounts>(Counts)));
    }
}
