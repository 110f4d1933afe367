using System.Net;
using System.Net.Http.Headers;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

/// <summary>
/// The API serves the file it verified at start-up, and says so when the file on disk is no longer that
/// one (issue 16): /health fails with 503, and the download is never a splice of two files.
/// </summary>
public sealed class ServedFileTests : IDisposable
{
    private readonly AzChinaApiFactory _factory = new();
    private readonly HttpClient _client;

    public ServedFileTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task HealthFailsWhenTheDatabaseFileIsDeleted()
    {
        await _client.GetJson("/health");
        SqliteConnection.ClearAllPools();
        File.Delete(_factory.DatabasePath);

        var problem = await _client.GetProblem("/health", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("The data cannot be served: the database file has been deleted.", problem.Str("detail"));
    }

    [Fact]
    public async Task HealthFailsWhenPagesOfTheDatabaseAreZeroed()
    {
        await _client.GetJson("/health");
        DatabaseFiles.ZeroPages(_factory.DatabasePath, 2, 8);

        var problem = await _client.GetProblem("/health", HttpStatusCode.ServiceUnavailable);

        Assert.Contains("changed or replaced since it was verified at start-up", problem.Str("detail"));
    }

    [Fact]
    public async Task HealthFailsWhenTheFileCannotBeReadThoughItLooksUnchanged()
    {
        await _client.GetJson("/health");
        var path = _factory.DatabasePath;
        var written = File.GetLastWriteTimeUtc(path);
        DatabaseFiles.ZeroPages(path, 0, 1);
        File.SetLastWriteTimeUtc(path, written);

        var problem = await _client.GetProblem("/health", HttpStatusCode.ServiceUnavailable);

        Assert.StartsWith("The database cannot be read: SQLite Error", problem.Str("detail"));
    }

    [Fact]
    public async Task AFileReplacedUnderTheRunningApiIsNotServedUnderTheVerifiedName()
    {
        var original = await _client.GetByteArrayAsync("/export/azchina.db");
        // As another process's build would: a new file moved over the old one.
        var replacement = _factory.DatabasePath + ".new";
        File.WriteAllBytes(replacement, [.. original.AsSpan(0, 4096), .. new byte[original.Length]]);
        File.Move(replacement, _factory.DatabasePath, overwrite: true);

        var served = await _client.GetByteArrayAsync("/export/azchina.db");
        var problem = await _client.GetProblem("/health", HttpStatusCode.ServiceUnavailable);

        Assert.Equal(original, served);
        Assert.Contains("replaced", problem.Str("detail"));
    }

    [Fact]
    public async Task TheDownloadIsRefusedWhenTheVerifiedFileWasWrittenTo()
    {
        await _client.GetByteArrayAsync("/export/azchina.db");
        DatabaseFiles.ZeroPages(_factory.DatabasePath, 2, 1);

        var problem = await _client.GetProblem("/export/azchina.db", HttpStatusCode.ServiceUnavailable);

        Assert.Contains("written to since it was verified", problem.Str("detail"));
    }
}
