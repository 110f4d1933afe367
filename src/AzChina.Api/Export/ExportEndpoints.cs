using AzChina.Data;
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
            .WithDescription("The database file the API serves, to open in any SQLite tool. The file name and its ETag carry the dataset fingerprint; " +
                             "Range, If-Range and If-None-Match are honoured: If-Range with another ETag gets the whole file.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.sqlite3")
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status503ServiceUnavailable)
            // A file sent as it is, with ranges: too large to keep, and its ETag is the file's own.
            .CacheOutput(policy => policy.NoCache());

        group.MapGet("/dataset.json", DownloadDataset)
            .WithName("downloadDataset")
            .WithSummary("Download the whole dataset as JSON")
            .WithDescription("Every source, actor, event, agreement and metric series in one document, each record as its single-record endpoint gives it.");

        return group;
    }

    // The file verified at start-up, read through the handle opened then (ServedFile), so a file replaced on
    // disk is never sent under this one's name and ETag; with the ETag given, a stale If-Range gets the whole
    // file (RFC 9110 §13.1.5), where a resumed download could splice two files (issue 16). Not an XML comment:
    // Swashbuckle would show it as the operation's summary.
    private static Results<FileStreamHttpResult, ProblemHttpResult> DownloadDatabase(ReadOnlyDatabase database)
    {
        var file = database.File!;
        if (file.ChangedInPlace() is { } changed) return Problems.Unavailable($"The database download is unavailable: {changed}.");
        var fingerprint = database.Fingerprint;
        return TypedResults.Stream(file.OpenRead(), "application/vnd.sqlite3", $"azchina-{fingerprint}.db",
            new DateTimeOffset(file.LastWriteUtc), new EntityTagHeaderValue($"\"{fingerprint}-db\""), enableRangeProcessing: true);
    }

    private static Ok<DatasetDocument> DownloadDataset(HttpContext http, ReadOnlyDatabase database)
    {
        var fingerprint = database.Fingerprint;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"azchina-{fingerprint}.json\"";
        using var db = database.Open();
        return TypedResults.Ok(ExportQueries.Dataset(db, fingerprint));
    }
}
