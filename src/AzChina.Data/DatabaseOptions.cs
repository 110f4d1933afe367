namespace AzChina.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file the API serves; relative paths are under the working directory.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "azchina.db");

    /// <summary>Folder of the curated seed files; defaults to the copy shipped beside the binary.</summary>
    public string SeedsPath { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Folder of the numbered SQL migrations; defaults to the copy shipped beside the binary.</summary>
    public string MigrationsPath { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "db");

    /// <summary>
    /// True (the default): build the database from db/ and seeds/ when it is missing or was built from
    /// other inputs. False: serve the file at <see cref="Path"/> exactly as it is, never rebuilding or
    /// replacing it (a database made elsewhere, such as a synthetic one for the benchmark, or one baked
    /// into an image); start-up stops if the file is missing or not an AzChina database.
    /// </summary>
    public bool BuildFromSeeds { get; set; } = true;

    /// <summary>
    /// An existing file up to this size is read page by page (<c>PRAGMA quick_check</c>) before it is served or
    /// reused; a larger one (a synthetic benchmark file: 35 s at a million events) gets the cheap checks only:
    /// it opens as SQLite, its size matches its header's page count, and it has the expected schema and fingerprint.
    /// </summary>
    public int VerifyMaxMegabytes { get; set; } = 512;

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
