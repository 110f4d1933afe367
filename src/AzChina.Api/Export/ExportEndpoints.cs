using AzChina.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Export;

internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExport(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export").WithTags("Export");

        group.MapGet("/azchina.db", DownloadDatabase)
            .WithName("downloadDatabase")
            .WithSummary("Download the SQLite database")
            .WithDescription("The database file the API serves, to open in any SQLite tool. The file name and its ETag carry the dataset fingerprint; Range, If-Range and If-None-Match are honoured.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.sqlite3")
            .Produces(StatusCodes.Status304NotModified)
            // A file sent as it is, with ranges: too large to keep, and its ETag is the file's own.
            .CacheOutput(policy => policy.NoCache());

        group.MapGet("/dataset.json", DownloadDataset)
            .WithName("downloadDataset")
            .WithSummary("Download the whole dataset as JSON")
            .WithDescription("Every source, actor, event, agreement and metric series in one document, each record as its single-record endpoint gives it.");

        return group;
    }

    private static PhysicalFileHttpResult DownloadDatabase(DatabaseOptions options, ReadOnlyDatabase database) =>
        TypedResults.PhysicalFile(options.FullPath, "application/vnd.sqlite3", $"azchina-{database.Fingerprint.Value}.db",
            entityTag: new EntityTagHeaderValue($"\"{database.Fingerprint.Value}-db\""), enableRangeProcessing: true);

    private static Ok<DatasetDocument> DownloadDataset(HttpContext http, ReadOnlyDatabase database)
    {
        var fingerprint = database.Fingerprint.Value;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"azchina-{fingerprint}.json\"";
        using var db = database.Open();
        return TypedResults.Ok(ExportQueries.Dataset(db, fingerprint));
    }
}
