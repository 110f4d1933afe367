using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Stored;

/// <summary>A listed record's position (sort key and id, for the cursor) and its stored JSON.</summary>
internal sealed record StoredRow(string? Key, string Id, byte[] Json);

/// <summary>
/// Reading the representations the build stored (db/0009_representations.sql). A list keeps its own SQL,
/// which chooses and orders the page; only what it selects per row changes, to three values.
/// </summary>
internal static class StoredRows
{
    /// <summary>The columns a list selects to read <see cref="StoredRow"/>s: its sort key, its id and the record's stored JSON.</summary>
    public static string Columns(string kind, string key, string id) =>
        $"{key} AS Key, {id} AS Id, (SELECT r.json FROM representations AS r WHERE r.kind = '{kind}' AND r.id = {id}) AS Json";

    // Three values a row through the reader, not Dapper's materialiser: per-value calls are what a page costs.
    public static List<StoredRow> Read(SqliteConnection db, string sql, object parameters)
    {
        using var reader = db.ExecuteReader(sql, parameters);
        var rows = new List<StoredRow>();
        while (reader.Read())
            rows.Add(new StoredRow(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2)));
        return rows;
    }

    /// <summary>One record's stored JSON, or null when none is stored under that kind and id.</summary>
    public static byte[]? Find(ReadOnlyDatabase database, string kind, string id)
    {
        using var db = database.Open();
        return db.ExecuteScalar<byte[]>("SELECT json FROM representations WHERE kind = @Kind AND id = @Id", new { Kind = kind, Id = id });
    }
}
