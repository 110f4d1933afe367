using AzChina.Data;
using Microsoft.Extensions.Logging.Abstractions;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>A temporary folder with its own copy of the seeds and a database path, for tests that build databases themselves.</summary>
public sealed class BuildFolder : IDisposable
{
    private readonly TempDirectory _directory = new();

    public BuildFolder() => Options = new DatabaseOptions
    {
        Path = _directory.File("data/azchina.db"),
        SeedsPath = _directory.CopyOfSeeds(),
        MigrationsPath = TestPaths.Migrations,
    };

    /// <summary>Where the database goes and what it is built from; a test may change them.</summary>
    public DatabaseOptions Options { get; }

    public string File(string name) => _directory.File(name);

    public BuildOutcome EnsureCurrent() => new DatabaseBuilder(Options, NullLogger<DatabaseBuilder>.Instance).EnsureCurrent();

    public void Dispose() => _directory.Dispose();
}
