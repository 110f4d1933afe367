using AzChina.Generator;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>
/// A synthetic database of 20,000 events, built once per test run with the benchmark's generator:
/// large enough that SQLite's planner, with ANALYZE statistics, chooses as it would at a million.
/// </summary>
public sealed class SyntheticDatabase : IDisposable
{
    public const int Events = 20_000;
    private readonly TempDirectory _directory = new();

    public SyntheticDatabase()
    {
        Path = _directory.File("synthetic.db");
        Counts = Synthetic.Build(Path, Events, seed: 7);
    }

    public string Path { get; }

    public SyntheticCounts Counts { get; }

    public void Dispose() => _directory.Dispose();
}
