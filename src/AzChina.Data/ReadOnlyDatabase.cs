using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// Opens serving connections. They are read-only: the API never writes, and a bug that tried to
/// would fail rather than change the data. Pooled, since the file does not change while serving.
/// Immutable too (issue 15): the file is verified at start-up and never written while served, so
/// SQLite may skip its locks and change checks (about 8 system calls a statement). A file changed
/// under the running API is caught by the checks of the file itself (<see cref="ServedFile"/>: the
/// health check and the download), not by SQLite; the health check's own unpooled connection is not
/// immutable, so it reads the file as it is now.
/// </summary>
public sealed class ReadOnlyDatabase : IDisposable
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly string _unpooledConnectionString;
    // Read once, on first use: the file is only there once DatabaseBuilder has run.
    private readonly Lazy<string> _fingerprint;

    static ReadOnlyDatabase() => DbTypes.Register();

    public ReadOnlyDatabase(DatabaseOptions options)
    {
        _path = options.FullPath;
        var builder = new SqliteConnectionStringBuilder
        {
            // A URI filename (Microsoft.Data.Sqlite passes SQLITE_OPEN_URI for "file:"): the path escaped.
            DataSource = new Uri(_path).AbsoluteUri + "?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            // Nothing writes while serving, so there is nothing to wait for.
            DefaultTimeout = 5,
        };
        _connectionString = builder.ToString();
        builder.DataSource = _path;
        builder.Pooling = false;
        _unpooledConnectionString = builder.ToString();
        _fingerprint = new Lazy<string>(() =>
        {
            using var db = Open();
            return db.ExecuteScalar<string>("SELECT value FROM dataset_info WHERE key = 'fingerprint'")!;
        });
    }

    /// <summary>The fingerprint of the inputs the served database was built from.</summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>
    /// Whether answers are read from the stored representations (issue 15): only when this code rendered
    /// them, so a file built by other code (served as it is) is computed per request rather than served
    /// in another release's shape. Tests turn it off to compare the two paths.
    /// </summary>
    public bool ServesStored { get; internal set; }

    /// <summary>The file as verified at start-up (<see cref="Pin"/>); null before.</summary>
    public ServedFile? File { get; private set; }

    /// <summary>Called with every connection opened; the query-plan test traces the SQL the API runs through it.</summary>
    internal Action<SqliteConnection>? Opened { get; set; }

    /// <summary>Holds on to the file just verified (DatabaseBuilder), before anything is served from it.</summary>
    /// <param name="codeVersion">The serving code; stored representations are served when it rendered them.</param>
    internal void Pin(string? codeVersion = null)
    {
        File ??= ServedFile.Open(_path);
        _ = Fingerprint;
        using var db = Open();
        ServesStored = codeVersion is not null
            && db.ExecuteScalar<string>("SELECT value FROM dataset_info WHERE key = 'rendered_by'") == codeVersion;
    }

    public SqliteConnection Open()
    {
        var db = new SqliteConnection(_connectionString);
        db.Open();
        Opened?.Invoke(db);
        return db;
    }

    /// <summary>A connection to the file at the path now, not a pooled one that may hold a deleted file open (dotnet/efcore#26580).</summary>
    public SqliteConnection OpenUnpooled()
    {
        var db = new SqliteConnection(_unpooledConnectionString);
        db.Open();
        return db;
    }

    public void Dispose() => File?.Dispose();
}
