using Microsoft.Extensions.Logging;
using System.Buffers.Binary;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// What DatabaseBuilder checks before it reuses or serves an existing file, and the leftovers of builds
/// that did not finish, removed before anything else (issue 16).
/// </summary>
internal sealed class ExistingFileChecks(DatabaseOptions options, ILogger logger)
{
    /// <summary>
    /// Deletes the temporary files of builds that did not finish: a build killed with kill -9 cannot delete its
    /// own, and four of them held 1.2 GB (issue 16). A file whose builder is still running is left alone.
    /// </summary>
    public void RemoveStaleBuilds(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(path) + DatabaseBuilder.Building + "*"))
        {
            if (BuilderIsRunning(file[(path.Length + DatabaseBuilder.Building.Length)..])) continue;
            try
            {
                File.Delete(file);
                logger.LogWarning("Removed {File}, left by a database build that did not finish", file);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                logger.LogWarning("Could not remove {File}, left by a database build that did not finish: {Message}", file, e.Message);
            }
        }
    }

    private static bool BuilderIsRunning(string suffix)
    {
        if (!int.TryParse(suffix.Split('-')[0], out var pid)) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>What is wrong with an existing database file, or null when it passes.</summary>
    public string? Verify(string path)
    {
        try
        {
            var size = new FileInfo(path).Length;
            // Truncated or grown by something other than SQLite: the header's page count says how long it should be.
            if (HeaderLength(path) is not { } described) return "it has no SQLite header";
            if (described != size) return $"the file is {size} bytes but its header describes {described}";
            using var db = Open(path);
            if (size > (long)options.VerifyMaxMegabytes * 1024 * 1024)
            {
                logger.LogInformation("Database {Path} is {Megabytes} MB, over Database:VerifyMaxMegabytes ({Max}): its header, size and schema are checked, not every page",
                    path, size / (1024 * 1024), options.VerifyMaxMegabytes);
                return null;
            }
            var problems = db.Query<string>("PRAGMA quick_check(5)").ToList();
            return problems is ["ok"] ? null : "quick_check: " + string.Join("; ", problems).ReplaceLineEndings(" ");
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>The length the SQLite header gives (page size × page count; sqlite.org/fileformat.html §1.3), or null without one.</summary>
    private static long? HeaderLength(string path)
    {
        var header = new byte[100];
        using (var file = File.OpenRead(path))
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return null;
        if (!header.AsSpan().StartsWith("SQLite format 3\0"u8)) return null;
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        return (pageSize == 1 ? 65536L : pageSize) * BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
    }

    private static SqliteConnection Open(string path)
    {
        // Unpooled: no handle may keep the file open across a rebuild (dotnet/efcore#26580).
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        return db;
    }
}
