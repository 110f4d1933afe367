using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// The stored representations (issue 15, both tables of db/0006), rendered into files of their own beside the build: SQLite
/// lets one connection write a file at a time. One thread starts as soon as the records are committed, while the build's
/// connection writes the search index; the build's thread joins it once the index is written (<see cref="Help"/>), so that
/// both cores render. They share the renderer's parts from the two ends of its list, the first from the front and the
/// build's thread from the back, so every listed rowid of the second file comes after those of the first.
/// <see cref="CopyInto"/> then moves each table in: the first file's as a transfer of records as they are (the tables are made
/// from the same definition, and the destination is empty), the second's appended after it.
/// </summary>
internal sealed class RepresentationsAside : IDisposable
{
    /// <summary>What the renderer writes (db/0006_representations.sql).</summary>
    public static readonly string[] Tables = ["listed_representations", "representations"];

    private readonly string _database;
    private readonly IReadOnlyList<string> _definitions;
    private readonly IRepresentationRenderer _renderer;
    private readonly Parts _parts;
    private readonly Task _rendering;
    private readonly CancellationTokenSource _stop;
    private bool _helped;

    private RepresentationsAside(string database, IReadOnlyList<string> definitions, IRepresentationRenderer renderer, Parts parts,
        CancellationTokenSource stop)
    {
        (_database, _definitions, _renderer, _parts, _stop) = (database, definitions, renderer, parts, stop);
        _rendering = Task.Factory.StartNew(() =>
        {
            try
            {
                Render(FirstFile, parts.FromFront);
            }
            catch
            {
                // The build's thread, rendering from the back, stops at its next part rather than rendering to the end for nothing.
                stop.Cancel();
                throw;
            }
        }, TaskCreationOptions.LongRunning);
    }

    private string FirstFile => _database + ".representations";
    private string SecondFile => _database + ".representations-2";

    /// <summary>Starts rendering the records committed to <paramref name="database"/>, whose connection is <paramref name="db"/>.</summary>
    public static RepresentationsAside Start(string database, SqliteConnection db, IRepresentationRenderer renderer)
    {
        // The tables as db/ defines them, so that the first copy is a transfer between identical tables.
        var definitions = Tables.Select(table => db.ExecuteScalar<string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = @Table", new { Table = table })
            ?? throw new InvalidOperationException($"The schema has no {table} table to render into.")).ToList();
        return new RepresentationsAside(database, definitions, renderer, new Parts(renderer.Parts(db)), new CancellationTokenSource());
    }

    /// <summary>
    /// Renders on the calling thread, from the back of the parts, until none is left; returns how many of them it rendered.
    /// </summary>
    public int Help()
    {
        _helped = true;
        try
        {
            Render(SecondFile, _parts.FromBack);
        }
        catch (OperationCanceledException) when (_rendering.IsFaulted)
        {
            // What stopped this thread is what failed the other: that is the error to report.
            _rendering.GetAwaiter().GetResult();
            throw;
        }
        return _parts.TakenFromBack;
    }

    private void Render(string path, Func<RepresentationPart?> next)
    {
        // The API's queries map through Dapper's handlers for the database's types.
        DbTypes.Register();
        using var records = DatabaseBuilder.Open(_database, SqliteOpenMode.ReadOnly);
        // The build's commit of the search index waits for a read to finish, and a read for the commit.
        records.Execute("PRAGMA busy_timeout = 600000; PRAGMA cache_size = -65536;");
        File.Delete(path);
        using var aside = DatabaseBuilder.Open(path, SqliteOpenMode.ReadWriteCreate);
        // A scratch file, deleted after the copy: no journal, no waiting for the disk, and a small cache (rows are appended).
        aside.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        foreach (var definition in _definitions) aside.Execute(definition);
        using var tx = aside.BeginTransaction();
        _renderer.Write(records, aside, tx, next, _stop.Token);
        tx.Commit();
    }

    /// <summary>Waits for the rendering to end (rethrowing what failed it) and copies what it wrote into <paramref name="db"/>.</summary>
    public void CopyInto(SqliteConnection db, string codeVersion)
    {
        _rendering.GetAwaiter().GetResult();
        var files = _helped ? new[] { FirstFile, SecondFile } : [FirstFile];
        for (var i = 0; i < files.Length; i++) db.Execute($"ATTACH DATABASE @Path AS aside{i}", new { Path = files[i] });
        try
        {
            using var tx = db.BeginTransaction();
            foreach (var table in Tables)
                for (var i = 0; i < files.Length; i++)
                    db.Execute($"INSERT INTO main.{table} SELECT * FROM aside{i}.{table}", transaction: tx);
            db.Execute("INSERT INTO dataset_info (key, value) VALUES ('rendered_by', @Code)", new { Code = codeVersion }, tx);
            tx.Commit();
        }
        finally
        {
            for (var i = 0; i < files.Length; i++) db.Execute($"DETACH DATABASE aside{i}");
        }
    }

    public void Dispose()
    {
        // On a failure of the build's own thread the rendering is stopped at its next part rather than waited for to the
        // end (minutes at a million events); its files are deleted once it has stopped.
        _stop.Cancel();
        try { _rendering.Wait(); } catch (AggregateException) { }
        _stop.Dispose();
        foreach (var path in new[] { FirstFile, SecondFile })
        {
            File.Delete(path);
            File.Delete(path + "-journal");
        }
    }

    /// <summary>The renderer's parts, handed out from either end.</summary>
    private sealed class Parts(IReadOnlyList<RepresentationPart> all)
    {
        private readonly Lock _lock = new();
        private int _front, _back = all.Count - 1;

        public int TakenFromBack => all.Count - 1 - _back;

        public RepresentationPart? FromFront()
        {
            lock (_lock) return _front <= _back ? all[_front++] : null;
        }

        public RepresentationPart? FromBack()
        {
            lock (_lock) return _front <= _back ? all[_back--] : null;
        }
    }
}
