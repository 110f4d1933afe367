using Microsoft.Extensions.Logging;
using AzChina.Domain.Seeds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

public enum BuildOutcome { Reused, Built, ServedAsIs }

/// <summary>
/// Makes sure the database file was built from the current db/ and seeds/. A new database is built
/// in a temporary file beside the old one, checked, and only then moved over it, so a bad seed file
/// or a crash mid-build leaves the previous database as it was. An existing file is checked before it
/// is reused or served: a damaged one is rebuilt, or refused when it is not ours to rebuild.
/// </summary>
public sealed class DatabaseBuilder(DatabaseOptions options, ILogger<DatabaseBuilder> logger, IRepresentationRenderer? renderer = null)
{
    /// <summary>What a build's temporary file is named after: azchina.db.building-{process id}-{guid}.</summary>
    internal const string Building = ".building-";

    private readonly ExistingFileChecks _checks = new(options, logger);

    public BuildOutcome EnsureCurrent()
    {
        _checks.RemoveStaleBuilds(options.FullPath);
        if (!options.BuildFromSeeds) return CheckServedAsIs();

        var inputs = DatasetInputs.Read(options);
        var path = options.FullPath;
        var info = ReadInfo(path);
        var existing = info.GetValueOrDefault("fingerprint");
        // A database is rebuilt by new code too: a change to how seeds are written or text is folded
        // for search changes the file, though the seeds and migrations are the same; so does a change to
        // the API's DTOs when the API renders the stored representations.
        var builtBy = info.GetValueOrDefault("built_by");
        var code = renderer?.CodeVersion ?? BuildCode.Version;
        if (existing == inputs.Fingerprint && builtBy == code)
        {
            // Zeroed pages leave dataset_info readable: it was reused and served 500s until deleted (issue 16).
            if (_checks.Verify(path) is not { } damage)
            {
                logger.LogInformation("Database {Path} is current (fingerprint {Fingerprint}); reusing it", path, existing);
                return BuildOutcome.Reused;
            }
            logger.LogWarning("Database {Path} is current but damaged ({Damage}); rebuilding it", path, damage);
        }

        logger.LogInformation("Building database {Path} from {Seeds} (fingerprint {Fingerprint}, code {Code}; the existing file has {Existing}, code {BuiltBy})",
            path, inputs.SeedsPath, inputs.Fingerprint, code, existing ?? "none", builtBy ?? "none");
        Build(inputs, path, renderer);
        logger.LogInformation("Built database {Path}", path);
        return BuildOutcome.Built;
    }

    // Database:BuildFromSeeds=false: the file is someone else's to make; only check that it can be served,
    // which needs the schema these queries are written for.
    private BuildOutcome CheckServedAsIs()
    {
        var path = options.FullPath;
        if (!File.Exists(path))
            throw new InvalidOperationException($"Database:BuildFromSeeds is false, but there is no database at {path} to serve.");
        if (_checks.Verify(path) is { } damage)
            throw new InvalidOperationException(
                $"Database:BuildFromSeeds is false, but {path} is damaged or not an AzChina database ({damage}): build it again or restore a good copy.");
        var fingerprint = ReadInfo(path).GetValueOrDefault("fingerprint")
            ?? throw new InvalidOperationException($"Database:BuildFromSeeds is false, but {path} has no dataset fingerprint: it is not an AzChina database.");
        var expected = DatasetInputs.ReadMigrations(options.MigrationsPath).Select(m => $"{m.FileName} ({m.Checksum[..12]})");
        var applied = ReadAppliedMigrations(path).Select(m => $"{m.Name} ({m.Checksum[..12]})");
        if (!applied.SequenceEqual(expected))
            throw new InvalidOperationException(
                $"Database:BuildFromSeeds is false, but {path} was built with migrations [{string.Join(", ", applied)}] " +
                $"and this API needs [{string.Join(", ", expected)}]: build it again (bench/AzChina.Generator, or Database:BuildFromSeeds=true).");
        logger.LogInformation("Serving database {Path} as it is (fingerprint {Fingerprint}); Database:BuildFromSeeds is false", path, fingerprint);
        return BuildOutcome.ServedAsIs;
    }

    private static void Build(DatasetInputs inputs, string path, IRepresentationRenderer? renderer)
    {
        var data = SeedReader.Read(inputs.SeedsPath);
        var errors = SeedValidator.Validate(data);
        if (errors.Count > 0) throw new SeedValidationException(errors);
        WriteFile(path, inputs.Migrations, inputs.Fingerprint, (db, tx) => SeedWriter.Write(db, tx, data), renderer: renderer);
    }

    /// <summary>
    /// Writes a database at <paramref name="path"/>: the migrations, the records <paramref name="writeRecords"/>
    /// inserts, the search index and the fingerprint, checked and analysed, then moved into place.
    /// The synthetic generator under bench/ builds through here too, so its files are made the same way;
    /// it passes <paramref name="thorough"/> false to skip SQLite's page-by-page checks, which at a million
    /// events cost half a minute (quick_check alone, measured 35 s) and which the seeds' small files keep,
    /// to commit without waiting for the disk, and to leave foreign keys unchecked as rows are written (a tenth
    /// of writing the records; the generator is held to them by a test, QueryPlanTests). <paramref name="renderer"/> then stores what the API serves,
    /// read back through the API's own queries once the records are committed.
    /// </summary>
    internal static void WriteFile(string path, IReadOnlyList<Migration> migrations, string fingerprint,
        Action<SqliteConnection, SqliteTransaction> writeRecords, bool thorough = true, Action<string>? progress = null,
        IRepresentationRenderer? renderer = null)
    {
        // The builder's process id in the name tells a later start which leftovers are stale (RemoveStaleBuilds).
        var temporary = $"{path}{Building}{Environment.ProcessId}-{Guid.NewGuid():N}";
        CreateWritable(temporary);
        try
        {
            using (var db = Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                // Nobody else sees the temporary file and it is deleted on any failure, so it needs no
                // journal. A page cache of 256 MiB: with 4 GiB a million-event build held the file's pages
                // (peak RSS 5.9 GB against 2.0 GB) for about the same CPU time (179 s against 173 s, measured
                // 2026-12-03 under load; the records alone may take longer, docs/performance.md).
                db.Execute("PRAGMA foreign_keys = ON; PRAGMA journal_mode = OFF; PRAGMA cache_size = -262144;");
                // A synthetic file can be made again: its commit need not wait for the disk (14 s at 1M events).
                if (!thorough) db.Execute("PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
                // The build waits for SQLite's locks rather than failing: the renderer reads this file while the search index is written.
                db.Execute("PRAGMA busy_timeout = 600000;");
                using (var tx = db.BeginTransaction())
                {
                    ApplyMigrations(db, tx, migrations);
                    writeRecords(db, tx);
                    RecordNumbers.Write(db, tx);
                    EventTypeWriter.Write(db, tx);
                    db.Execute("INSERT INTO dataset_info (key, value) VALUES ('fingerprint', @Fingerprint), ('built_by', @Code)",
                        new { Fingerprint = fingerprint, Code = renderer?.CodeVersion ?? BuildCode.Version }, tx);
                    tx.Commit();
                }
                progress?.Invoke("records written");
                using (var representations = renderer is null ? null : RepresentationsAside.Start(temporary, db, renderer))
                {
                    using (var tx = db.BeginTransaction())
                    {
                        SearchIndexWriter.Write(db, tx);
                        tx.Commit();
                    }
                    progress?.Invoke("search index written");
                    // The records and their index are complete: checked and analysed now, while the rendering goes on beside.
                    CheckRecords(db, thorough);
                    progress?.Invoke("checked");
                    Analyse(db);
                    progress?.Invoke("analysed");
                    if (representations is not null)
                    {
                        var helped = representations.Help();
                        progress?.Invoke($"representations rendered ({helped} parts of them on this thread after the search index)");
                        representations.CopyInto(db, renderer!.CodeVersion);
                        progress?.Invoke("representations copied in");
                    }
                }
                // Page by page, the stored representations too.
                if (thorough) CheckIntegrity(db);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + "-journal");
        }
    }

    // A read-only folder otherwise surfaces as a bare "SQLite Error 14" (issue 16).
    private static void CreateWritable(string temporary)
    {
        var folder = Path.GetDirectoryName(temporary)!;
        try
        {
            Directory.CreateDirectory(folder);
            File.Create(temporary).Dispose();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new InvalidOperationException(
                $"The data folder {folder} is read-only or cannot be written ({e.Message}): the database cannot be built there. " +
                "Set Database:Path to a writable folder, or serve a file built elsewhere with Database:BuildFromSeeds=false.", e);
        }
    }

    private static void ApplyMigrations(SqliteConnection db, SqliteTransaction tx, IReadOnlyList<Migration> migrations)
    {
        db.Execute("""
            CREATE TABLE schema_migrations (
                version  TEXT PRIMARY KEY,
                name     TEXT NOT NULL,
                checksum TEXT NOT NULL
            ) WITHOUT ROWID;
            """, transaction: tx);
        foreach (var migration in migrations)
        {
            db.Execute(migration.Sql, transaction: tx);
            db.Execute("INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @FileName, @Checksum)",
                new { migration.Version, migration.FileName, migration.Checksum }, tx);
        }
    }

    private static void CheckIntegrity(SqliteConnection db)
    {
        var integrity = db.ExecuteScalar<string>("PRAGMA integrity_check;");
        if (integrity != "ok") throw new InvalidOperationException($"The new database failed its integrity check: {integrity}");
    }

    // The statistics the planner chooses indexes by, for every table but the stored representations, which are only ever
    // read by key (and at a million events are most of the file).
    private static void Analyse(SqliteConnection db)
    {
        var tables = db.Query<string>("""
            SELECT name FROM sqlite_schema
            WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
              AND name NOT IN @Representations
            ORDER BY name
            """, new { Representations = RepresentationsAside.Tables }).AsList();
        foreach (var table in tables) db.Execute($"ANALYZE \"{table}\"");
    }

    private static void CheckRecords(SqliteConnection db, bool thorough)
    {
        if (thorough)
        {
            var dangling = db.Query("PRAGMA foreign_key_check;").ToList();
            if (dangling.Count > 0) throw new InvalidOperationException($"The new database has {dangling.Count} dangling references.");
        }
        var orphans = db.ExecuteScalar<long>("""
            SELECT count(*) FROM evidence AS e
            WHERE NOT EXISTS (SELECT 1 FROM actors     WHERE e.record_kind = 'actor'     AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM events     WHERE e.record_kind = 'event'     AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM agreements WHERE e.record_kind = 'agreement' AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM claims     WHERE e.record_kind = 'claim'     AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM places      WHERE e.record_kind = 'place'      AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM projects    WHERE e.record_kind = 'project'    AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM initiatives WHERE e.record_kind = 'initiative' AND id = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM project_statuses
                              WHERE e.record_kind = 'project_status' AND project_id || ':' || position = e.record_id)
              AND NOT EXISTS (SELECT 1 FROM initiative_framings
                              WHERE e.record_kind = 'framing' AND initiative_id || ':' || framing_id = e.record_id)
            """);
        if (orphans > 0) throw new InvalidOperationException($"The new database has {orphans} evidence rows for missing records.");
    }

    /// <summary>An existing database's dataset_info (fingerprint, built_by); empty when there is none or it cannot be read.</summary>
    private IReadOnlyDictionary<string, string> ReadInfo(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, string>();
        try
        {
            using var db = Open(path, SqliteOpenMode.ReadOnly);
            return db.Query<(string Key, string Value)>("SELECT key, value FROM dataset_info").ToDictionary(r => r.Key, r => r.Value);
        }
        catch (SqliteException e)
        {
            logger.LogWarning("Existing database {Path} cannot be read ({Message})", path, e.Message);
            return new Dictionary<string, string>();
        }
    }

    private static IReadOnlyList<(string Name, string Checksum)> ReadAppliedMigrations(string path)
    {
        using var db = Open(path, SqliteOpenMode.ReadOnly);
        return db.Query<(string, string)>("SELECT name, checksum FROM schema_migrations ORDER BY version").ToList();
    }

    // Unpooled, so no handle keeps the temporary or the old file open across the replace (dotnet/efcore#26580).
    internal static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        db.Open();
        return db;
    }
}
