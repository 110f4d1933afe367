using AzChina.Api.Tests.Infrastructure;
using AzChina.Data;
using AzChina.Domain.Seeds;

namespace AzChina.Api.Tests.Data;

/// <summary>
/// The re-curation of every date and period (issue 13, items 1 and 5; review C1–C10, C20, §5.7): the rules
/// the seeds follow (seeds/README.md) that the validator cannot see, checked over the curated data.
/// </summary>
public class TimeCurationTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private static readonly SeedDataset Data = SeedReader.Read(TestPaths.Seeds);
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] RankAndShareMetrics =
        ["trading_partner_rank", "import_partner_rank", "china_share_of_foreign_trade", "china_share_of_imports", "south_caucasus_trading_partner_rank"];

    [Fact]
    public void RanksAndSharesFollowOneRuleAsOfTheDayTheyWereStated()
    {
        // Review C4: the same present-tense kind of figure, one rule. None of the nine has a period in its document.
        var claims = Data.Claims.Where(c => RankAndShareMetrics.Contains(c.Metric)).ToList();

        Assert.Equal(9, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Equal("resolved", c.Period!.Known);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", c.Period.Text!);
            Assert.Contains("No period given (", c.Period.Basis);
            Assert.DoesNotContain("curators' alignment", c.Note ?? "");
        });
    }

    [Fact]
    public void AFigureWithNoPeriodInItsDocumentHasNone()
    {
        // Review C5: "exceeding $4 billion" is no longer placed in 2025.
        var azernews = Data.Claims.Single(c => c.Id == "trade-turnover-period-not-given-azernews");

        Assert.Equal("not_given", azernews.Period!.Known);
        Assert.Null(azernews.Period.Text);
    }

    [Theory]
    [InlineData("highways-built-or-renovated-km-2025-04-21-ocmedia", "2005/2025-04-21", "resolved")]
    [InlineData("bridges-and-overpasses-built-2025-04-21-ocmedia", "2005/2025-04-21", "resolved")]
    [InlineData("tunnels-built-2025-04-21-ocmedia", "2005/2025-04-21", "resolved")]
    [InlineData("road-crossings-built-2025-04-21-ocmedia", "2005/2025-04-21", "resolved")]
    [InlineData("new-railways-built-km-2025-04-21-ocmedia", "../2025-04-21", "not_given")]
    [InlineData("railways-renovated-km-2025-04-21-ocmedia", "../2025-04-21", "not_given")]
    public void CumulativeCountsSayWhatTheyCountOver(string id, string edtf, string known)
    {
        // Review §5.7: "over the past 20 years" and a count with no span no longer look the same.
        var span = Data.Claims.Single(c => c.Id == id).Span!;

        Assert.Equal(edtf, span.Edtf);
        Assert.Equal(known, span.Known);
    }

    [Fact]
    public void NoDateOrPeriodSaysInferredAnyMore()
    {
        // Replaced by how each is known; a resolved one carries its reasoning, and notes keep only the rest.
        var text = File.ReadAllText(Path.Combine(TestPaths.Seeds, "events.json")) + File.ReadAllText(Path.Combine(TestPaths.Seeds, "agreements.json"))
                   + File.ReadAllText(Path.Combine(TestPaths.Seeds, "claims.json"));

        Assert.DoesNotContain("dateInferred", text);
        Assert.DoesNotContain("periodInferred", text);
        Assert.DoesNotContain("outside knowledge", text);
        Assert.All(Data.Events.Select(e => e.Date!).Concat(Data.Agreements.Select(a => a.Date!)).Where(d => d.Known == "resolved"),
            d => Assert.False(string.IsNullOrWhiteSpace(d.Basis)));
    }

    [Fact]
    public async Task AnObservationSaysHowItsPeriodIsKnownAtBestAndEachClaimItsOwn()
    {
        // Review C20: three sources state 2024, the commission resolves it from "last year".
        var growth = (await _client.GetJson("/metrics/trade_turnover_growth")).Observation("2024");

        Assert.Equal("stated", growth.Str("periodKnown"));
        var known = growth.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.Str("id"), c => c.GetProperty("period").Str("known"));
        Assert.Equal("resolved", known["trade-turnover-growth-2024-trend-commission"]);
        Assert.Equal(3, known.Values.Count(k => k == "stated"));
    }

    [Fact]
    public async Task ACumulativeClaimServesItsSpan()
    {
        var claim = (await _client.GetJson("/metrics/highways_built_or_renovated_km")).Observation("2025-04-21")
            .GetProperty("claims")[0];

        var span = claim.GetProperty("span");
        Assert.Equal("2005/2025-04-21", span.Str("edtf"));
        Assert.Equal("resolved", span.Str("known"));
        Assert.Equal("2005-01-01", span.Str("start"));
        Assert.Equal("year", span.Str("startPrecision"));
        Assert.Equal("2025-04-21", span.Str("end"));
        Assert.Equal("resolved", claim.GetProperty("period").Str("known"));
    }

    [Fact]
    public async Task TheCsvOfASeriesCarriesHowEachPeriodIsKnown()
    {
        var (_, body) = await _client.GetText("/metrics/trade_turnover?format=csv");
        var header = body.TrimStart('\uFEFF').Split("\r\n")[0].Split(',');

        Assert.Contains("periodKnown", header);
        Assert.Contains("claimPeriodKnown", header);
        Assert.Contains("spanEdtf", header);
        Assert.Contains("not_given", body);
    }

    [Fact]
    public async Task TheDatasetExportCarriesTheDateObjectAndClaimPeriods()
    {
        var dataset = await _client.GetJson("/export/dataset.json");

        var visit = dataset.GetProperty("events").EnumerateArray().Single(e => e.Str("id") == "aliyev-state-visit-china-2025-04");
        Assert.Equal("2025-04-22/2025-04", visit.GetProperty("date").Str("edtf"));
        var turnover = dataset.GetProperty("metrics").EnumerateArray().Single(m => m.Str("name") == "trade_turnover");
        Assert.Contains(turnover.GetProperty("observations").EnumerateArray(), o => o.Str("periodKnown") == "not_given");
    }

    [Fact]
    public async Task TheSqliteExportCarriesTheSameColumns()
    {
        using var response = await _client.GetAsync("/export/azchina.db");
        var path = Path.Combine(Path.GetTempPath(), $"azchina-export-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            db.Open();
            var visit = Dapper.SqlMapper.QuerySingle<(string Edtf, string Kind, string Known)>(db,
                "SELECT date_edtf, date_kind, date_known FROM events WHERE id = 'aliyev-state-visit-china-2025-04'");
            Assert.Equal(("2025-04-22/2025-04", "range", "resolved"), visit);
            var azernews = Dapper.SqlMapper.QuerySingle<(string? Period, string Known)>(db,
                "SELECT period, period_known FROM claims WHERE id = 'trade-turnover-period-not-given-azernews'");
            Assert.Equal((null, "not_given"), azernews);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
