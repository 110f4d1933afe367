using AzChina.Api.Csv;
using AzChina.Api.Stored;
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
/// <param name="FetchStored">
/// The same rows as <paramref name="Fetch"/>, chosen by the same SQL, as their stored JSON (and the last one's position, for the cursor)
/// (issue 15); null for a list whose records are not stored (search hits, the metric catalogue).
/// </param>
internal sealed record PagedListSource<T>(
    string CursorScope,
    Func<SqliteConnection, PageRequest, IReadOnlyList<T>> Fetch,
    Func<SqliteConnection, long> Count,
    Func<T, (string? Key, string Id)> Position,
    Func<string?, bool> IsKey,
    CsvColumns<T> Csv,
    Func<SqliteConnection, PageRequest, IReadOnlyList<StoredRow>>? FetchStored = null);

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
        // JSON from the store where the build stored this list's records; CSV is written from the records.
        if (format.Value == ResponseFormat.Json && database.ServesStored && list.FetchStored is { } fetchStored)
            return TypedResults.Ok<Page<T>>(StoredPage<T>.Of(Read(http, db, request.Value!, list, fetchStored, r => (r.Key, r.Id!), fingerprint)));
        var page = Read(http, db, request.Value!, list, list.Fetch, list.Position, fingerprint);

        if (format.Value == ResponseFormat.Json) return TypedResults.Ok(page);
        if (page.Total is { } total) http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CsvHttpResult(list.Csv.Write(page.Items), download: format.Value == ResponseFormat.CsvDownload);
    }

    private static Page<TRow> Read<T, TRow>(HttpContext http, SqliteConnection db, PageRequest request, PagedListSource<T> list,
        Func<SqliteConnection, PageRequest, IReadOnlyList<TRow>> fetch, Func<TRow, (string? Key, string Id)> position, string fingerprint)
    {
        var page = request.ToPage(fetch(db, request), position, list.CursorScope, fingerprint);
        if (request.IncludeTotal) page = page with { Total = list.Count(db) };
        if (page.NextCursor is not null) http.Response.Headers.Link = $"<{NextUrl(http.Request, page.NextCursor)}>; rel=\"next\"";
        return page;
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
