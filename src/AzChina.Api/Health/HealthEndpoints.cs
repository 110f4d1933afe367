using AzChina.Data;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Health;

/// <summary>What the API is serving: the dataset fingerprint and how many records of each kind.</summary>
public sealed record HealthReport(string Status, string Fingerprint, RecordCounts Counts);

public sealed record RecordCounts(long Sources, long Actors, long Events, long Agreements, long Metrics, long Claims, long Places, long Projects, long Initiatives);

internal static class HealthEndpoints
{
    private const string FingerprintSql = "SELECT value FROM dataset_info WHERE key = 'fingerprint'";

    private const string Counts = """
        SELECT (SELECT count(*) FROM sources)    AS Sources,
               (SELECT count(*) FROM actors)     AS Actors,
               (SELECT count(*) FROM events)     AS Events,
               (SELECT count(*) FROM agreements) AS Agreements,
               (SELECT count(*) FROM metrics)    AS Metrics,
               (SELECT count(*) FROM claims)     AS Claims,
               (SELECT count(*) FROM places)     AS Places,
               (SELECT count(*) FROM projects)   AS Projects,
               (SELECT count(*) FROM initiatives) AS Initiatives
        """;

    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", GetHealth)
            .WithTags("Health")
            // It reports on the database as it is now, so it is never answered from the cache.
            .CacheOutput(policy => policy.NoCache())
            .WithName("getHealth")
            .WithSummary("Health and dataset fingerprint")
            .WithDescription("200 when the database can be read: the fingerprint of the seeds and migrations it was built from, and record counts. " +
                             "503 when it cannot: the file was deleted, damaged or replaced since it was verified at start-up.")
            .Produces(StatusCodes.Status503ServiceUnavailable);

    // Through a fresh connection to the file at the path: a pooled one kept a deleted file open and said ok (issue 16).
    private static Results<Ok<HealthReport>, ProblemHttpResult> GetHealth(ReadOnlyDatabase database)
    {
        if (database.File?.ChangedOnDisk() is { } changed) return Problems.Unavailable($"The data cannot be served: {changed}.");
        try
        {
            using var db = database.OpenUnpooled();
            var fingerprint = db.ExecuteScalar<string>(FingerprintSql);
            if (fingerprint != database.Fingerprint)
                return Problems.Unavailable($"The database file holds dataset {fingerprint ?? "(none)"}, not the {database.Fingerprint} this API verified at start-up.");
            return TypedResults.Ok(new HealthReport("ok", fingerprint, db.QuerySingle<RecordCounts>(Counts)));
        }
        catch (SqliteException e)
        {
            return Problems.Unavailable($"The database cannot be read: {e.Message}");
        }
    }
}
