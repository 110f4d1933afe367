using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Data;

/// <summary>
/// Opens serving connections. They are read-only: the API never writes, and a bug that tried to
/// would fail rather than change the data. Pooled, since the file does not change while serving.
/// </summary>
public sealed class ReadOnlyDatabase
{
    private readonly string _connectionString;

    static ReadOnlyDatabase() => DbTypes.Register();

    public ReadOnlyDatabase(DatabaseOptions options)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.FullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            // Nothing writes while serving, so there is nothing to wait for.
            DefaultTimeout = 5,
        }.ToString();
        Fingerprint = new Lazy<string>(() =>
        {
            using var db = Open();
            return db.ExecuteScalar<string>("SELECT value FROM dataset_info WHERE key = 'fingerprint'")!;
        });
    }

    /// <summary>The fingerprint of the inputs the served database was built from.</summary>
    public Lazy<string> Fingerprint { get; }

    /// <summary>Called with every connection opened; the query-plan test traces the SQL the API runs through it.</summary>
    internal Action<SqliteConnection>? Opened { get; set; }

    public SqliteConnection Open()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        Opened?.Invoke(db);
        return db;
    }
}
