namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Where the repository, its seeds and the source documents are, found from the test binary, never the working directory.</summary>
public static class TestPaths
{
    /// <summary>Overrides where the five source documents are (default: ../shared/seeds beside the repository).</summary>
    public const string DocumentsVariable = "AZCHINA_DOCUMENTS";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Migrations => Path.Combine(RepositoryRoot, "db");

    private static string? ConfiguredDocuments => Environment.GetEnvironmentVariable(DocumentsVariable) is { Length: > 0 } configured ? configured : null;

    public static string Documents => ConfiguredDocuments ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    /// <summary>
    /// The documents' folder for a test that needs them. A clone with nothing beside it skips that
    /// test, saying why, so a newcomer's first dotnet test passes; but CI (CI=true), which has the
    /// documents, and anyone who named a folder in AZCHINA_DOCUMENTS, get a failure instead, so a
    /// broken set-up never turns the quote check into a silent skip.
    /// </summary>
    public static string RequireDocuments()
    {
        var folder = Documents;
        if (Directory.Exists(folder)) return folder;
        var why = $"The source documents are not at {folder}. Put them there (CI has them at ../shared/seeds) " +
                  $"or set {DocumentsVariable} to their folder; without them the quotes cannot be checked.";
        if (ConfiguredDocuments is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(why);
        throw new SkipException(why);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AzChina.sln"))) return dir.FullName;
        throw new InvalidOperationException($"AzChina.sln not found above {AppContext.BaseDirectory}");
    }
}
