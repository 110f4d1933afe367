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

public sealed class ResumedDownloadTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<HttpResponseMessage> GetRange(string ifRange)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/export/azchina.db");
        request.Headers.Range = new RangeHeaderValue(100, 199);
        request.Headers.TryAddWithoutValidation("If-Range", ifRange);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task IfRangeWithTheCurrentETagResumes()
    {
        using var whole = await _client.GetAsync("/export/azchina.db");
        var bytes = await whole.Content.ReadAsByteArrayAsync();

        using var part = await GetRange(whole.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(bytes[100..200], await part.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task IfRangeWithAStaleETagGetsTheWholeCurrentFile()
    {
        using var whole = await _client.GetAsync("/export/azchina.db");
        var bytes = await whole.Content.ReadAsByteArrayAsync();

        using var response = await GetRange("\"0f6aecc053f26624-5f6a18a338dc4792\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(whole.Headers.ETag, response.Headers.ETag);
    }
}

/// <summary>
/// Serving connections open the file as a URI (for immutable=1, issue 15): characters a URI gives a meaning
/// to must still name the file at the configured path. Read-only connections never create a file, so a
/// wrongly decoded path fails rather than serving another database.
/// </summary>
public sealed class ServedPathTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ADatabasePathWithSpacesPercentHashAndQuestionMarkIsServed()
    {
        var folder = _directory.File("a b#1%20?x=y");
        Directory.CreateDirectory(folder);
        using var factory = new AzChinaApiFactory { Settings = new Dictionary<string, string?> { ["Database:Path"] = Path.Combine(folder, "azchina.db") } };
        var client = factory.CreateClient();

        var page = await client.GetJson("/events?limit=1");
        await client.GetJson("/health");

        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
    }
}
