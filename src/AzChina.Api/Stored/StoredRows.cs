using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Stored;

/// <summary>
/// A row a list read from the store. A list's query is read as one value (<see cref="StoredRows.Read"/>), and its rows
/// come back as rows that hold no more than they must: the first holds the JSON of all the page's rows that query read,
/// joined by commas; the row at the page's limit holds its position (sort key and id), which the cursor is made from;
/// the others only count. As rows, the pages of a list that reads its page in two queries (full text, newest first)
/// append as any rows do, and <see cref="Paging.PageRequest.ToPage{T}"/> tells from their count whether there is a next page.
/// </summary>
internal sealed record StoredRow(string? Key, string? Id, byte[]? Json)
{
    /// <summary>A row that only counts.</summary>
    public static readonly StoredRow Counted = new(null, null, null);
}

/// <summary>Reading the representations the build stored (db/0006_representations.sql).</summary>
internal static class StoredRows
{
    /// <summary>What a list selects to read <see cref="StoredRow"/>s with <see cref="Read"/>: its sort key, its id and its search_rowid.</summary>
    public static string Columns(string key, string id, string searchRowid) => $"{key} AS Key, {id} AS Id, {searchRowid} AS Listed";

    /// <summary>
    /// The rows the list's own <paramref name="sql"/> chooses (selecting <see cref="Columns"/>, <c>LIMIT @Fetch</c>: the page
    /// size and one more), in its order, as one statement that returns four values: the page's stored JSON joined by commas,
    /// the sort key and id of its last row, and how many rows the list's query gave.
    /// </summary>
    /// <remarks>
    /// The list's query is materialised once, in its order, and read three times from there. Its JSON is looked up after its
    /// LIMIT: inside it, a list that sorts its matches (a type filter does) would read every match's JSON into the sort.
    /// SQLite's documentation leaves the order group_concat concatenates in open unless the aggregate has its own ORDER BY
    /// (since 3.44), but that sorts the JSON itself and doubled the statement's time (measured: 36 against 72 µs a page);
    /// this relies on the order in which SQLite reads a table it has materialised, and the byte-identity tests read every
    /// page of every list both ways. CAST AS BLOB: read as text, the page would be decoded to UTF-16 and encoded back.
    /// </remarks>
    /// <param name="limit">The page size: the position is that of row <paramref name="limit"/>; a row after it only tells that there is one.</param>
    public static List<StoredRow> Read(SqliteConnection db, string sql, object parameters, int limit)
    {
        using var reader = db.ExecuteReader($"""
            WITH page AS MATERIALIZED ({sql})
            SELECT (SELECT CAST(group_concat(r.json, ',') AS BLOB)
                    FROM (SELECT Listed FROM page LIMIT @Fetch - 1) AS page
                    JOIN listed_representations AS r ON r.rowid = page.Listed),
                   (SELECT Key FROM page LIMIT 1 OFFSET @Fetch - 2),
                   (SELECT Id FROM page LIMIT 1 OFFSET @Fetch - 2),
                   (SELECT count(*) FROM page)
            """, parameters);
        reader.Read();
        var count = reader.GetInt32(3);
        var rows = new List<StoredRow>(count);
        for (var row = 0; row < count; row++)
        {
            var json = row == 0 && !reader.IsDBNull(0) ? (byte[])reader.GetValue(0) : null;
            var position = row == limit - 1 ? (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)) : ((string?)null, (string?)null);
            rows.Add(json is null && position.Item2 is null ? StoredRow.Counted : new StoredRow(position.Item1, position.Item2, json));
        }
        return rows;
    }

    /// <summary>One record's stored JSON, or null when none is stored under that kind and id.</summary>
    public static byte[]? Find(SqliteConnection db, string kind, string id) =>
        db.ExecuteScalar<byte[]>("SELECT json FROM representations WHERE kind = @Kind AND id = @Id", new { Kind = kind, Id = id });
}
