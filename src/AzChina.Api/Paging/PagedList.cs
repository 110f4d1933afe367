using AzChina.Api.Csv;
using AzChina.Data;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Paging;

/// <summary>How one list reads its records, given its filters.</summary>
/// <param name="CursorScope">Names the list, its filters and sort; a cursor is only valid in the scope that issued it.</param>
/// <param name="Fetch">Reads up to <c>Limit + 1</c> records after the page request's position.</param>
/// <param name="Count">Counts every record the filters match (for includeTotal).</param>
/// <param name="Position">The sort key and id of a record, which the next page starts after.</param>
/// <param name="IsKey">Whether a cursor's sort key has the shape <paramref name="Position"/> gives keys (see <see cref="CursorKeys"/>).</param>
/// <param name="Csv">The record's CSV columns.</param>
internal sealed record PagedListSource<T>(
    string CursorScope,
    Func<SqliteConnection, PageRequest, IReadOnlyList<T>> Fetch,
    Func<SqliteConnection, long> Count,
    Func<T, (string? Key, string Id)> Position,
    Func<string?, bool> IsKey,
    CsvColumns<T> Csv);

/// <summary>What every list endpoint does: validate paging and format, fetch a page, and answer in JSON or CSV with a Link to the next page.</summary>
internal static class PagedList
{
    public static Results<Ok<Page<T>>, CsvHttpResult, ValidationProblem> Serve<T>(
        HttpContext http, ReadOnlyDatabase database, PageParameters paging, PagedListSource<T> list)
    {
        var format = ResponseFormats.Negotiate(http.Request, paging.Format);
        if (!format.IsValid) return Problems.BadParameter(format);
        var fingerprint = database.Fingerprint;
        var request = PageRequest.Parse(paging, list.CursorScope, fingerprint, list.IsKey);
        if (!request.IsValid) return Problems.BadParameter(request);

        using var db = database.Open();
        var page = request.Value!.ToPage(list.Fetch(db, request.Value!), list.Position, list.CursorScope, fingerprint);
        if (request.Value!.IncludeTotal) page = page with { Total = list.Count(db) };
        if (page.NextCursor is not null) http.Response.Headers.Link = $"<{NextUrl(http.Request, page.NextCursor)}>; rel=\"next\"";

        if (format.Value == ResponseFormat.Json) return TypedResults.Ok(page);
        if (page.Total is { } total) http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CsvHttpResult(list.Csv.Write(page.Items), download: format.Value == ResponseFormat.CsvDownload);
    }

    /// <summary>The same answer, as the result type of an endpoint that can also answer 404.</summary>
    public static Results<Ok<Page<T>>, CsvHttpResult, ValidationProblem, ProblemHttpResult> Widen<T>(
        this Results<Ok<Page<T>>, CsvHttpResult, ValidationProblem> answer) => answer.Result switch
    {
        Ok<Page<T>> ok => ok,
        CsvHttpResult csv => csv,
        var problem => (ValidationProblem)problem,
    };

    private static string NextUrl(HttpRequest request, string cursor)
    {
        var query = request.Query.Where(p => p.Key != "cursor").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("cursor", cursor));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
    }
}
