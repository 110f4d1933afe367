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
internal sealed record StoredRow(string? Key, string? Id, ReadOnlyMemory<byte>? Json)
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
    /// The rows the list's own <paramref name="sql"/> chooses (selecting <see cref="Columns"/>), in its order, read as one
    /// row of four values: the stored JSON of every row joined by commas, each one's length, and the sort keys and ids.
    /// </summary>
    /// <remarks>
    /// The JSON is looked up around the list's query, after its LIMIT: inside it, a list that sorts its matches (the type
    /// filter did before db/0007) would read every match's JSON into the sort. CROSS JOIN keeps the list's rows the outer loop: with a
    /// plain JOIN over the seeds' few rows SQLite chose to scan the stored JSON and look the page up in it, which
    /// aggregated the rows in the table's order, not the list's. The row after the page, which only tells that there is
    /// one, is cut off by its length rather than left out in SQL, which would take the row's number: a window function or
    /// the list's query materialised and read again both cost more than the whole page (measured: a statement of 22 µs
    /// for a page of one became 50–65 µs, mostly in preparing it). SQLite's documentation leaves the order group_concat
    /// concatenates in open unless the aggregate has an ORDER BY of its own (since 3.44), but that sorts the JSON itself
    /// and doubled the statement's time; this relies on SQLite aggregating its subquery's rows in the subquery's order, as
    /// it reads them, and the byte-identity tests read every page of every list both ways. CAST AS BLOB: read as text, the
    /// page would be decoded to UTF-16 and encoded back. Keys and ids are joined by the unit separator (U+001F), which
    /// neither a sort key, an id nor a name has.
    /// </remarks>
    /// <param name="limit">The page size: the position is that of row <paramref name="limit"/>; a row after it only tells that there is one.</param>
    public static List<StoredRow> Read(SqliteConnection db, string sql, object parameters, int limit)
    {
        using var reader = db.ExecuteReader($"""
            SELECT CAST(group_concat(r.json, ',') AS BLOB), group_concat(length(r.json)),
                   group_concat(page.Key, char(31)), group_concat(page.Id, char(31))
            FROM ({sql}) AS page
            CROSS JOIN listed_representations AS r ON r.rowid = page.Listed
            """, parameters);
        reader.Read();
        if (reader.IsDBNull(0)) return [];
        var lengths = reader.GetString(1).Split(',');
        var onPage = Math.Min(lengths.Length, limit);
        var joined = (byte[])reader.GetValue(0);
        var json = new ReadOnlyMemory<byte>(joined, 0, lengths.Take(onPage).Sum(int.Parse) + Math.Max(onPage - 1, 0));
        var position = lengths.Length >= limit && limit > 0
            ? (Key: reader.GetString(2).Split('\u001f')[limit - 1], Id: reader.GetString(3).Split('\u001f')[limit - 1])
            : default;
        var rows = new List<StoredRow>(lengths.Length);
        for (var row = 0; row < lengths.Length; row++)
            rows.Add(row == 0 || row == limit - 1
                ? new StoredRow(row == limit - 1 ? position.Key : null, row == limit - 1 ? position.Id : null, row == 0 ? json : null)
                : StoredRow.Counted);
        return rows;
    }

    /// <summary>One record's stored JSON, or null when none is stored under that kind and id.</summary>
    public static byte[]? Find(SqliteConnection db, string kind, string id) =>
        db.ExecuteScalar<byte[]>("SELECT json FROM representations WHERE kind = @Kind AND id = @Id", new { Kind = kind, Id = id });
}
