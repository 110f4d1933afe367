using System.Net;
using System.Net.Http.Headers;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

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
