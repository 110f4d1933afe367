using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AzChina.Generator;

/// <summary>
/// One prepared INSERT, bound and stepped through SQLite's own API for every row: at a million
/// events, ADO.NET's per-command work (a data reader per ExecuteNonQuery) costs more than SQLite's insert.
/// Runs inside the connection's open transaction.
/// </summary>
internal sealed class Inserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _table;
    // Text is bound from this buffer, encoded in place: binding a string allocates its UTF-8 copy first.
    private byte[] _utf8 = new byte[256];

    public Inserter(SqliteConnection db, string table, params string[] columns)
    {
        _db = db.Handle!;
        _table = table;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Insert(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                string text => BindText(i + 1, text),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                double real => raw.sqlite3_bind_double(_statement, i + 1, real),
                var other => throw new ArgumentException($"cannot bind {other.GetType()}"),
            });
        }
        if (raw.sqlite3_step(_statement) != raw.SQLITE_DONE)
            throw new InvalidOperationException($"INSERT INTO {_table} failed: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
        Check(raw.sqlite3_reset(_statement));
    }

    private int BindText(int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        // SQLite copies the bytes (SQLITE_TRANSIENT), so the buffer is free again for the next value.
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8)));
    }

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK) throw new InvalidOperationException($"{_table}: {raw.sqlite3_errmsg(_db).utf8_to_string()}");
    }

    public void Dispose() => _statement.Dispose();
}
