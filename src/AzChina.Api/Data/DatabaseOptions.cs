namespace AzChina.Api.Data;

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

    public string FullPath => System.IO.Path.GetFullPath(Path);
}
