using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>
/// The rows of a query over a batch of records (their ids bound as one JSON list, <see cref="IdList"/>), each led by the id
/// of the record it belongs to, gathered by that id in the query's order. A record's detail is read this way for one id (a
/// request) and for a batch (the build, which stores every detail): one definition, so the two cannot drift.
/// </summary>
internal static class ByRecord
{
    /// <param name="splitOn">The first column of <typeparamref name="T"/>, after the leading record id.</param>
    public static ILookup<string, T> Query<T>(SqliteConnection db, string sql, object parameters, string splitOn = "Id") =>
        db.Query<string, T, (string RecordId, T Row)>(sql, (recordId, row) => (recordId, row), parameters, splitOn: splitOn)
            .ToLookup(r => r.RecordId, r => r.Row);

    /// <summary>As <see cref="Query{T}"/>, for rows that end with a date's columns (<see cref="DateSql"/>).</summary>
    public static ILookup<string, T> Dated<T>(SqliteConnection db, string sql, object parameters, Func<T, DateDetail, T> withDate) =>
        db.Query<string, T, DateDetail, (string RecordId, T Row)>(sql, (recordId, row, date) => (recordId, withDate(row, date)), parameters,
                splitOn: $"Id,{DateSql.SplitOn}")
            .ToLookup(r => r.RecordId, r => r.Row);
}
