using System.Net;
using System.Net.Http.Headers;
using AzChina.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Data;

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
