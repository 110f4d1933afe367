using System.Collections.Concurrent;
using AzChina.Data;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>The API over a synthetic database, with every statement its connections run traced.</summary>
public sealed class TracedApi : IDisposable
{
    public SyntheticDatabase Database { get; } = new();
    public AzChinaApiFactory Factory { get; }
    public ConcurrentQueue<string> Statements { get; } = new();
    // Kept alive here: SQLite calls it back through a handle the garbage collector cannot see.
    private readonly delegate_trace _trace;

    public TracedApi()
    {
        _trace = (_, sql) => Statements.Enqueue(sql.utf8_to_string());
        Factory = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Database:Path"] = Database.Path,
                ["Database:BuildFromSeeds"] = "false",
                // Every request must reach SQLite.
                ["Http:ResponseCacheMegabytes"] = "0",
            },
        };
        // The legacy trace hands over each statement with its parameters filled in, ready to EXPLAIN.
        Factory.Services.GetRequiredService<ReadOnlyDatabase>().Opened = db => raw.sqlite3_trace(db.Handle, _trace, null);
    }

    public void Dispose()
    {
        Factory.Dispose();
        Database.Dispose();
    }
}
