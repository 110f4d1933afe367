using AzChina.Api.Tests.Infrastructure;
using AzChina.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

/// <summary>
/// The build renders the stored representations on two threads (RepresentationsAside): one from the front of the
/// renderer's parts while the search index is written, the build's own thread from the back once it is. Whatever each took,
/// the file holds every part's rows once, the listed ones in their numbers' order, and a failure of either is the build's.
/// </summary>
public sealed class RepresentationsAsideTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("azchina-aside-").FullName;
    private string DatabasePath => Path.Combine(_folder, "azchina.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void BothThreadsRenderAndTheFileHoldsEveryPartOnceInOrder()
    {
        var renderer = new NumberedParts(parts: 40);
        var progress = new List<string>();

        Build(renderer, progress.Add);

        Assert.NotEmpty(renderer.RenderedOnBuildThread);
        Assert.NotEmpty(renderer.RenderedElsewhere);
        Assert.Equal(40, renderer.RenderedOnBuildThread.Count + renderer.RenderedElsewhere.Count);
        Assert.Contains(progress, p => p == $"representations rendered ({renderer.RenderedOnBuildThread.Count} parts of them on this thread after the search index)");
        using var db = Open();
        var listed = db.Query<(long Rowid, string Json)>("SELECT search_rowid, CAST(json AS TEXT) FROM listed_representations ORDER BY rowid").AsList();
        Assert.Equal(Enumerable.Range(1, 40 * NumberedParts.Size).Select(n => ((long)n, $"[{n}]")), listed);
        var details = db.Query<string>("SELECT id FROM representations WHERE kind = 'test.detail' ORDER BY id").AsList();
        Assert.Equal(Enumerable.Range(1, 40 * NumberedParts.Size).Select(n => $"{n:D5}"), details);
        Assert.Equal("ok", db.ExecuteScalar<string>("PRAGMA integrity_check"));
        // The scratch files are gone.
        Assert.Equal([DatabasePath], Directory.GetFiles(_folder));
    }

    [Fact]
    public void AFailureOfTheOtherThreadFailsTheBuildWithItsOwnErrorAndLeavesNothing()
    {
        var renderer = new NumberedParts(parts: 40, failAt: 0);

        var error = Assert.Throws<InvalidOperationException>(() => Build(renderer, _ => { }));

        Assert.Equal("part 0 failed", error.Message);
        Assert.False(File.Exists(DatabasePath));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    private void Build(IRepresentationRenderer renderer, Action<string> progress) =>
        DatabaseBuilder.WriteFile(DatabasePath, DatasetInputs.ReadMigrations(TestPaths.Migrations), "test", (_, _) => { },
            thorough: true, progress, renderer);

    private SqliteConnection Open()
    {
        var db = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db;
    }

    /// <summary>
    /// Parts of <see cref="Size"/> numbers each. Each thread waits for the other to have taken a part before it goes on, so
    /// that both render whatever the machine's timing: the other thread its first part before the build's thread takes any,
    /// the build's thread its first before the other takes a second.
    /// </summary>
    private sealed class NumberedParts(int parts, int? failAt = null) : IRepresentationRenderer
    {
        public const int Size = 3;
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private readonly int _buildThread = Environment.CurrentManagedThreadId;
        private readonly ManualResetEventSlim _otherTookOne = new(), _buildTookOne = new();

        public List<long> RenderedOnBuildThread { get; } = [];
        public List<long> RenderedElsewhere { get; } = [];

        public string CodeVersion => "test";

        public IReadOnlyList<RepresentationPart> Parts(SqliteConnection records) =>
            Enumerable.Range(0, parts).Select(i => new RepresentationPart("test", i * Size + 1, (i + 1) * Size)).ToList();

        public void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Func<RepresentationPart?> next, CancellationToken stop)
        {
            var onBuildThread = Environment.CurrentManagedThreadId == _buildThread;
            if (onBuildThread) _otherTookOne.Wait(Patience);
            try
            {
                while (next() is { } part)
                {
                    stop.ThrowIfCancellationRequested();
                    if (onBuildThread) _buildTookOne.Set();
                    else if (part.First == failAt * Size + 1) throw new InvalidOperationException($"part {failAt} failed");
                    for (var n = part.First; n <= part.Last; n++)
                    {
                        writer.Execute("INSERT INTO listed_representations (search_rowid, json) VALUES (@N, CAST(@Json AS BLOB))", new { N = n, Json = $"[{n}]" }, transaction);
                        writer.Execute("INSERT INTO representations (kind, id, json) VALUES ('test.detail', @Id, CAST('{}' AS BLOB))", new { Id = $"{n:D5}" }, transaction);
                    }
                    lock (this) (onBuildThread ? RenderedOnBuildThread : RenderedElsewhere).Add(part.First);
                    if (!onBuildThread && !_otherTookOne.IsSet)
                    {
                        _otherTookOne.Set();
                        _buildTookOne.Wait(Patience);
                    }
                }
            }
            finally
            {
                _otherTookOne.Set();
            }
        }
    }
}
