using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// The stored representations (issue 15, both tables of db/0006), rendered on a thread of their own into a file of their own beside the build,
/// while the build's connection writes the search index: SQLite lets one connection write a file at a time, and the two
/// are the build's largest parts after the records. The renderer reads the committed records through a read-only
/// connection. <see cref="CopyInto"/> then moves each table into the database in one statement, which SQLite performs
/// as a transfer of records as they are (the two tables are made from the same definition), not a row-by-row insert.
/// </summary>
internal sealed class RepresentationsAside : IDisposable
{
    // What the renderer writes (db/0006_representations.sql).
    private static readonly string[] Tables = ["listed_representations", "representations"];

    private readonly string _path;
    private readonly Task _rendering;
    private readonly CancellationTokenSource _stop;

    private RepresentationsAside(string path, Task rendering, CancellationTokenSource stop) => (_path, _rendering, _stop) = (path, rendering, stop);

    /// <summary>Starts rendering the records committed to <paramref name="database"/>, whose connection is <paramref name="db"/>.</summary>
    public static RepresentationsAside Start(string database, SqliteConnection db, IRepresentationRenderer renderer, Action<string>? progress)
    {
        var path = database + ".representations";
        // The tables as db/ defines them, so that each copy is a transfer between identical tables.
        var definitions = Tables.Select(table => db.ExecuteScalar<string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = @Table", new { Table = table })
            ?? throw new InvalidOperationException($"The schema has no {table} table to render into.")).ToList();
        var stop = new CancellationTokenSource();
        var rendering = Task.Factory.StartNew(() => Render(database, path, definitions, renderer, progress, stop.Token), TaskCreationOptions.LongRunning);
        return new RepresentationsAside(path, rendering, stop);
    }

    private static void Render(string database, string path, IReadOnlyList<string> definitions, IRepresentationRenderer renderer, Action<string>? progress,
        CancellationToken stop)
    {
        // The API's queries map through Dapper's handlers for the database's types.
        DbTypes.Register();
        using var records = DatabaseBuilder.Open(database, SqliteOpenMode.ReadOnly);
        // The build's commit of the search index waits for a read to finish, and a read for the commit.
        records.Execute("PRAGMA busy_timeout = 600000; PRAGMA cache_size = -65536;");
        File.Delete(path);
        using var aside = DatabaseBuilder.Open(path, SqliteOpenMode.ReadWriteCreate);
        // A scratch file, deleted after the copy: no journal, no waiting for the disk, and a small cache (rows are appended).
        aside.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        foreach (var definition in definitions) aside.Execute(definition);
        using var tx = aside.BeginTransaction();
        renderer.Write(records, aside, tx, progress, stop);
        tx.Commit();
    }

    /// <summary>Waits for the rendering to end (rethrowing what failed it) and copies what it wrote into <paramref name="db"/>.</summary>
    public void CopyInto(SqliteConnection db, string codeVersion)
    {
        _rendering.GetAwaiter().GetResult();
        db.Execute("ATTACH DATABASE @Path AS aside", new { Path = _path });
        try
        {
            using var tx = db.BeginTransaction();
            foreach (var table in Tables)
                db.Execute($"INSERT INTO main.{table} SELECT * FROM aside.{table}", transaction: tx);
            db.Execute("INSERT INTO dataset_info (key, value) VALUES ('rendered_by', @Code)", new { Code = codeVersion }, tx);
            tx.Commit();
        }
        finally
        {
            db.Execute("DETACH DATABASE aside");
        }
    }

    public void Dispose()
    {
        // On a failure of the build's own thread the rendering is stopped at its next batch rather than waited for to the
        // end (minutes at a million events); its file is deleted once it has stopped.
        _stop.Cancel();
        try { _rendering.Wait(); } catch (AggregateException) { }
        _stop.Dispose();
        File.Delete(_path);
        File.Delete(_path + "-journal");
    }
}
