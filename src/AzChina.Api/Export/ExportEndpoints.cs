using AzChina.Api.Data;
using AzChina.Api.Hosting;
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
            .WithDescription("The database file the API serves, to open in any SQLite tool. The file name carries the dataset fingerprint. " +
                             "Ranges are served; If-Range with this response's ETag resumes a download, any other gives the whole file.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.sqlite3")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/dataset.json", DownloadDataset)
            .WithName("downloadDataset")
            .WithSummary("Download the whole dataset as JSON")
            .WithDescription("Every source, actor, event, agreement and metric series in one document, each record as its single-record endpoint gives it.");

        return group;
    }

    /// <summary>
    /// The file verified at start-up, read through the handle opened then (<see cref="ServedFile"/>), with the
    /// ETag the caching middleware gives the response: a stale If-Range gets the whole file (RFC 9110 §13.1.5),
    /// where without the tag a resumed download could splice two files (issue 16).
    /// </summary>
    private static Results<FileStreamHttpResult, ProblemHttpResult> DownloadDatabase(HttpContext http, ReadOnlyDatabase database)
    {
        var file = database.File!;
        if (file.ChangedInPlace() is { } changed) return Problems.Unavailable($"The database download is unavailable: {changed}.");
        var fingerprint = database.Fingerprint.Value;
        return TypedResults.Stream(file.OpenRead(), "application/vnd.sqlite3", $"azchina-{fingerprint}.db",
            new DateTimeOffset(file.LastWriteUtc), EntityTagHeaderValue.Parse(Caching.ETagFor(http.Request, fingerprint)), enableRangeProcessing: true);
    }

    private static Ok<DatasetDocument> DownloadDataset(HttpContext http, ReadOnlyDatabase database)
    {
        var fingerprint = database.Fingerprint.Value;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"azchina-{fingerprint}.json\"";
        using var db = database.Open();
        return TypedResults.Ok(ExportQueries.Dataset(db, fingerprint));
    }
}
