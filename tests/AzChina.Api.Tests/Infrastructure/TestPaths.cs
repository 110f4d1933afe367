namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Where the repository, its seeds and the source documents are, found from the test binary, never the working directory.</summary>
public static class TestPaths
{
    /// <summary>Overrides where the five source documents are (default: ../shared/seeds beside the repository).</summary>
    public const string DocumentsVariable = "AZCHINA_DOCUMENTS";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Migrations => Path.Combine(RepositoryRoot, "db");

    public static string Documents =>
        Environment.GetEnvironmentVariable(DocumentsVariable) is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AzChina.sln"))) return dir.FullName;
        throw new InvalidOperationException($"AzChina.sln not found above {AppContext.BaseDirectory}");
    }
}
