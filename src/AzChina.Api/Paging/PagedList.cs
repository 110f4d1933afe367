using AzChina.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Paging;

/// <summary>What every list endpoint does: validate limit and cursor, fetch one row more than the page, and cut the page.</summary>
internal static class PagedList
{
    /// <param name="query">Names the list, its filters and sort; a cursor is only valid for the query that issued it.</param>
    /// <param name="fetch">Reads up to <c>Limit + 1</c> records after the page request's position.</param>
    /// <param name="position">The sort key and id of a record, which the next page starts after.</param>
    public static Results<Ok<Page<T>>, ValidationProblem> Serve<T>(
        ReadOnlyDatabase database, int? limit, string? cursor, string query,
        Func<SqliteConnection, PageRequest, IReadOnlyList<T>> fetch, Func<T, (string? Key, string Id)> position)
    {
        var fingerprint = database.Fingerprint.Value;
        var page = PageRequest.Parse(limit, cursor, query, fingerprint);
        if (!page.IsValid) return Problems.BadParameter(page);

        using var db = database.Open();
        var records = fetch(db, page.Value!);
        return TypedResults.Ok(page.Value!.ToPage(records, position, query, fingerprint));
    }
}
