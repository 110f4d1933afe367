using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Stored;

/// <summary>
/// A listed record's stored JSON, with its position (sort key and id) only where a cursor may be made from it: the
/// last row of a page. Reading every row's position would double the values read per row, one native call each.
/// </summary>
internal sealed record StoredRow(string? Key, string? Id, byte[] Json);

/// <summary>
/// Reading the representations the build stored (db/0006_representations.sql). A list keeps its own SQL,
/// which chooses and orders the page; only what it selects per row changes, to three values.
/// </summary>
internal static class StoredRows
{
    /// <summary>What a list selects to read <see cref="StoredRow"/>s with <see cref="Read"/>: its sort key and its id.</summary>
    public static string Columns(string key, string id) => $"{key} AS Key, {id} AS Id";

    /// <summary>
    /// The rows the list's own <paramref name="sql"/> chooses (selecting <see cref="Columns"/>), in its order, with the JSON
    /// stored for each as <paramref name="kind"/>. The JSON is read around the list's query, after its LIMIT: inside it,
    /// a list that sorts its matches (a type filter does) would read every match's JSON into the sort.
    /// </summary>
    /// <param name="limit">The page size: the position is read from row <paramref name="limit"/>; a row after it only tells that there is one.</param>
    public static List<StoredRow> Read(SqliteConnection db, string kind, string sql, object parameters, int limit)
    {
        // SQLite reads a subquery with ORDER BY and LIMIT in its order when the outer query has none of its own.
        using var reader = db.ExecuteReader($"""
            SELECT page.Key, page.Id, (SELECT r.json FROM representations AS r WHERE r.kind = '{kind}' AND r.id = page.Id)
            FROM ({sql}) AS page
            """, parameters);
        var rows = new List<StoredRow>(limit + 1);
        while (reader.Read())
        {
            if (rows.Count == limit)
            {
                rows.Add(new StoredRow(null, null, []));
                break;
            }
            var json = (byte[])reader.GetValue(2);
            rows.Add(rows.Count == limit - 1
                ? new StoredRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), json)
                : new StoredRow(null, null, json));
        }
        return rows;
    }

    /// <summary>One record's stored JSON, or null when none is stored under that kind and id.</summary>
    public static byte[]? Find(ReadOnlyDatabase database, string kind, string id)
    {
        using var db = database.Open();
        return db.ExecuteScalar<byte[]>("SELECT json FROM representations WHERE kind = @Kind AND id = @Id", new { Kind = kind, Id = id });
    }
}
