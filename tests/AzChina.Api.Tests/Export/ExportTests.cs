using AzChina.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Tests.Export;

public sealed class ExportTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>, IDisposable
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task TheDatabaseDownloadOpensInSqliteWithTheSameCounts()
    {
        var health = await _client.GetJson("/health");
        var fingerprint = health.Str("fingerprint");

        using var response = await _client.GetAsync("/export/azchina.db");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"azchina-{fingerprint}.db", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(fingerprint, response.Headers.ETag!.Tag);
        var file = _directory.File("download.db");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());

        using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        db.Open();
        var counts = health.GetProperty("counts");
        Assert.Equal(counts.GetProperty("events").GetInt64(), db.ExecuteScalar<long>("SELECT count(*) FROM events"));
        Assert.Equal(counts.GetProperty("claims").GetInt64(), db.ExecuteScalar<long>("SELECT count(*) FROM claims"));
        Assert.Equal(fingerprint, db.ExecuteScalar<string>("SELECT value FROM dataset_info WHERE key = 'fingerprint'"));
    }

    [Fact]
    public async Task TheJsonDatasetHoldsEveryRecordWithItsEvidence()
    {
        var health = await _client.GetJson("/health");
        var counts = health.GetProperty("counts");

        using var response = await _client.GetAsync("/export/dataset.json");
        var dataset = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal($"azchina-{health.Str("fingerprint")}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(health.Str("fingerprint"), dataset.Str("fingerprint"));
        foreach (var kind in new[] { "sources", "actors", "events", "agreements", "metrics" })
            Assert.Equal(counts.GetProperty(kind).GetInt32(), dataset.GetProperty(kind).GetArrayLength());
        Assert.All(dataset.GetProperty("events").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("evidence").GetArrayLength()));
        var claims = dataset.GetProperty("metrics").EnumerateArray()
            .Sum(m => m.GetProperty("observations").EnumerateArray().Sum(o => o.GetProperty("claims").GetArrayLength()));
        Assert.Equal(counts.GetProperty("claims").GetInt32(), claims);
    }

    [Fact]
    public async Task TheJsonDatasetCarriesTheLinksBetweenRecords()
    {
        using var response = await _client.GetAsync("/export/dataset.json");
        var dataset = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var meeting = dataset.GetProperty("events").EnumerateArray().Single(e => e.Str("id") == "aliyev-meets-li-qiang-2025-04-23");
        Assert.Equal(5, meeting.GetProperty("parts").GetArrayLength());
        Assert.Equal("aliyev-state-visit-china-2025-04", meeting.GetProperty("partOf").Str("id"));
        var byd = dataset.GetProperty("projects").EnumerateArray().Single(a => a.Str("id") == "byd-electric-bus-localization-project");
        Assert.Equal("announced_at", byd.GetProperty("events")[0].Str("role"));
        Assert.Equal("announced", byd.GetProperty("statusHistory")[0].Str("status"));
        var khojaly = dataset.GetProperty("places").EnumerateArray().Single(p => p.Str("id") == "khojaly");
        Assert.Equal("sericulture-project-khojaly", khojaly.GetProperty("projects")[0].Str("id"));
        var zangezur = dataset.GetProperty("initiatives").EnumerateArray().Single(i => i.Str("id") == "zangezur-corridor");
        Assert.Equal(5, zangezur.GetProperty("framings").GetArrayLength());
        var lingJi = dataset.GetProperty("actors").EnumerateArray().Single(a => a.Str("id") == "ling-ji");
        Assert.Equal("ministry-of-commerce-of-china", lingJi.GetProperty("memberOf")[0].Str("id"));
        var source = dataset.GetProperty("sources").EnumerateArray().Single(s => s.Str("id") == "trend-2025-04-22-garayev");
        Assert.Equal(("trend-news-agency", "ali-gasimov"), (source.Str("outletId"), source.Str("authorId")));
    }

    [Fact]
    public async Task TheSqliteExportHoldsTheLinkTables()
    {
        var file = _directory.File("links.db");
        await File.WriteAllBytesAsync(file, await _client.GetByteArrayAsync("/export/azchina.db"));

        using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        db.Open();
        Assert.Equal(["signed_at", "signed_at"],
            db.Query<string>("SELECT role FROM agreement_events WHERE event_id = 'aliyev-state-visit-china-2025-04' ORDER BY role"));
        Assert.Equal(16, db.ExecuteScalar<long>("SELECT count(*) FROM events WHERE part_of IS NOT NULL"));
        Assert.Equal("xinhua-interview-aliyev-2025-04-21",
            db.ExecuteScalar<string>("SELECT stated_at FROM claims WHERE id = 'companies-with-chinese-capital-active-2025-04-21-trend-garayev'"));
        Assert.Equal("chen-ming-denies-zangezur-reports-2025-04",
            db.ExecuteScalar<string>("SELECT disputed_by FROM record_disputes WHERE record_id = 'sputnik-report-liu-zangezur-2025-04'"));
        // Issue 14: places, projects, initiatives and the links to them travel with the file.
        Assert.Equal("liberated-territories", db.ExecuteScalar<string>("SELECT parent_id FROM places WHERE id = 'khojaly'"));
        Assert.Equal("announced", db.ExecuteScalar<string>("SELECT status FROM project_statuses WHERE project_id = 'byd-electric-bus-localization-project'"));
        Assert.Equal(["khojaly"], db.Query<string>("SELECT place_id FROM record_places WHERE record_kind = 'claim' AND record_id = 'mulberry-seedlings-sent-2025-04-16-trend-commission'"));
        Assert.Equal(5L, db.ExecuteScalar<long>("SELECT count(*) FROM initiative_framings WHERE initiative_id = 'zangezur-corridor'"));
    }
}
