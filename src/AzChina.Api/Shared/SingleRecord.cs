using AzChina.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>
/// What every get-by-id endpoint does: 400 for an id that cannot be one or a format other than json,
/// 404 for an id that names nothing.
/// </summary>
internal static class SingleRecord
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Serve<T>(
        ReadOnlyDatabase database, string what, string id, string? format, Func<SqliteConnection, string, T?> find) where T : class
    {
        var valid = RequestParsers.Id("id", id);
        if (!valid.IsValid) return Problems.BadParameter(valid);
        var json = ResponseFormats.Only("json", format);
        if (!json.IsValid) return Problems.BadParameter(json);
        using var db = database.Open();
        return find(db, id) is { } found ? TypedResults.Ok(found) : Problems.NotFound(what, id);
    }

    /// <summary>
    /// What <see cref="Serve"/> answers, json asked for, for an id no record has (the store holds every record, Stored/StoredAnswers.cs):
    /// its 404, or null for an id that cannot be one, which Serve answers with a 400 before it opens the database.
    /// </summary>
    public static Func<SqliteConnection, string, IResult?> Missing(string what) =>
        (_, id) => RequestParsers.Id("id", id).IsValid ? Problems.NotFound(what, id) : null;
}
