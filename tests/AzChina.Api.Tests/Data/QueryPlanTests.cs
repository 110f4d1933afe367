using System.Text.RegularExpressions;
using AzChina.Data;
using AzChina.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AzChina.Api.Tests.Data;


/// <summary>
/// Every query the lists, relations, search and metric series issue uses an index: none reads all of
/// events, agreements, claims or the tables that link them. A regression fails here, without a timer.
/// </summary>
public class QueryPlanTests(TracedApi api) : IClassFixture<TracedApi>
{
    // A table read from end to end without an index. Only the metric catalogue (a few dozen rows) may be;
    // a walk along an index in the list's order, stopped by LIMIT, is how keyset pages are meant to read.
    // "page" is no table: it is the co-routine of a list's own query, whose rows the stored JSON is read for (StoredRows).
    private static readonly Regex FullScan = new(@"^SCAN (?!m$|metrics$|page$|CONSTANT)(\w+)$", RegexOptions.Compiled);

    private static readonly Regex WalkedIndex = new(@"^SCAN (?!m |metrics |CONSTANT)\w+ USING (COVERING )?INDEX", RegexOptions.Compiled);

    private static readonly Regex SortsAfterWalk = new(@"USE TEMP B-TREE FOR (RIGHT PART OF |LAST TERM OF )?ORDER BY", RegexOptions.Compiled);

    private async Task<IReadOnlyList<string>> UrlsWithSecondPages(params string[] urls)
    {
        var client = api.Factory.CreateClient();
        var all = new List<string>();
        foreach (var url in urls)
        {
            all.Add(url);
            var page = await client.GetJson(url + (url.Contains('?') ? "&" : "?") + "limit=2");
            if (page.GetProperty("nextCursor").GetString() is { } cursor)
                all.Add(url + (url.Contains('?') ? "&" : "?") + "limit=2&cursor=" + Uri.EscapeDataString(cursor));
        }
        return all;
    }

    private async Task<IReadOnlyList<(string Sql, string Plan)>> PlansOf(IEnumerable<string> urls)
    {
        var client = api.Factory.CreateClient();
        var before = api.Statements.Count;
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        }
        using var db = new SqliteConnection($"Data Source={api.Database.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        return api.Statements.Skip(before).Distinct()
            .Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            .Select(sql => (sql, string.Join("\n", db.Query<(long, long, long, string)>("EXPLAIN QUERY PLAN " + sql).Select(r => r.Item4))))
            .ToList();
    }

    private static void AssertNoFullScan(IReadOnlyList<(string Sql, string Plan)> plans)
    {
        Assert.NotEmpty(plans);
        // A walk of a whole index that then sorts what it read reads everything too (all of the order or its right part:
        // an actor's claims were found by walking claims_series, in the order of its metric, and sorting by the rest).
        var scans = plans.Where(p => p.Plan.Split('\n').Select(l => l.Trim()).Any(line => (FullScan.IsMatch(line) && !Subqueries(p.Plan).Contains(line[5..]))
            || (WalkedIndex.IsMatch(line) && SortsAfterWalk.IsMatch(p.Plan)))).ToList();
        Assert.True(scans.Count == 0, "Full scans:\n" + string.Join("\n\n", scans.Select(s => $"{s.Sql}\n-- plan:\n{s.Plan}")));
    }

    // A page that sorts its matches reads every match first: what the type filter did when it was "the type, or
    // a source's term for it" (two index searches, then USE TEMP B-TREE FOR ORDER BY), which AssertNoFullScan,
    // looking for a walked index, missed. A list page must read its rows in its own order and stop after the page.
    private static void AssertNoPageSortsItsMatches(IReadOnlyList<(string Sql, string Plan)> plans)
    {
        var pages = plans.Where(p => p.Sql.Contains("LIMIT")).ToList();
        Assert.NotEmpty(pages);
        var sorted = pages.Where(p => p.Plan.Contains("USE TEMP B-TREE FOR ORDER BY")).ToList();
        Assert.True(sorted.Count == 0, "Pages that sort their matches:\n" + string.Join("\n\n", sorted.Select(s => $"{s.Sql}\n-- plan:\n{s.Plan}")));
    }

    // A subquery's own rows (the ids an actor's sources are found by, before their rows are read) are no table.
    private static HashSet<string> Subqueries(string plan) =>
        plan.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("CO-ROUTINE ") || l.StartsWith("MATERIALIZE "))
            .Select(l => l[(l.IndexOf(' ') + 1)..]).ToHashSet();

    private async Task<string> AnyId(string list, string filter = "")
    {
        var page = await api.Factory.CreateClient().GetJson($"/{list}?limit=1{filter}");
        return page.GetProperty("items")[0].GetProperty(list == "metrics" ? "name" : "id").GetString()!;
    }

    [Fact]
    public async Task EventListsUseIndexesWithEveryFilterAndBothSorts()
    {
        var actor = await AnyId("actors", "&kind=person");
        var occasion = await AnyId("events");
        var urls = new List<string>();
        foreach (var sort in new[] { "-date", "date" })
            urls.AddRange(await UrlsWithSecondPages(
                $"/events?sort={sort}&status=held", $"/events?sort={sort}&partOf=none&from=2020", $"/events?sort={sort}&partOf={occasion}",
                $"/events?sort={sort}", $"/events?sort={sort}&from=2020-03", $"/events?sort={sort}&to=2001",
                $"/events?sort={sort}&from=2015-01-01&to=2016-06-30", $"/events?sort={sort}&type=meeting&from=2018&to=2020",
                $"/events?sort={sort}&topic=trade", $"/events?sort={sort}&country=AZ", $"/events?sort={sort}&actor={actor}",
                $"/events?sort={sort}&q=corridor", $"/events?sort={sort}&type=signing&topic=energy&country=CN"));
        AssertNoFullScan(await PlansOf(urls));
    }

    [Fact]
    public async Task EventListsWhoseMatchesGrowWithTheDataReadAPageWithoutSortingThem()
    {
        // An actor's events and an occasion's parts are few, whatever the data's size: those lists may sort them.
        var urls = new List<string>();
        foreach (var sort in new[] { "-date", "date" })
            urls.AddRange(await UrlsWithSecondPages(
                $"/events?sort={sort}", $"/events?sort={sort}&from=2015-01-01&to=2016-06-30", $"/events?sort={sort}&status=held",
                $"/events?sort={sort}&partOf=none&from=2020", $"/events?sort={sort}&topic=trade", $"/events?sort={sort}&country=AZ",
                $"/events?sort={sort}&type=meeting", $"/events?sort={sort}&type=meeting&from=2015-01-01&to=2024-12-31",
                $"/events?sort={sort}&type=meeting&to=2001", $"/events?sort={sort}&type=meeting&status=held&partOf=none",
                $"/events?sort={sort}&type=signing&topic=energy&country=CN", $"/events?sort={sort}&type=meeting&q=corridor"));
        AssertNoPageSortsItsMatches(await PlansOf(urls));
    }

    [Fact]
    public async Task FullTextEventListsReadTheirMatchesInDateOrderWithoutSortingThem()
    {
        var urls = new List<string>();
        foreach (var sort in new[] { "-date", "date" })
            urls.AddRange(await UrlsWithSecondPages(
                $"/events?sort={sort}&q=corridor", $"/events?sort={sort}&q=corridor&from=2015&to=2020",
                $"/events?sort={sort}&q=corridor&type=meeting"));
        var pages = (await PlansOf(urls)).Where(p => p.Sql.Contains("MATCH") && p.Sql.Contains("LIMIT")).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", p.Plan));
    }

    [Fact]
    public void EverySyntheticEventIsNumberedInDateOrder()
    {
        // The generator writes search_rowid itself; a wrong number would put a full-text page out of order.
        using var db = new SqliteConnection($"Data Source={api.Database.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var misnumbered = db.ExecuteScalar<long>("""
            SELECT count(*) FROM (SELECT search_rowid, row_number() OVER (ORDER BY sort_asc, id) AS n FROM events)
            WHERE search_rowid IS NOT n
            """);

        Assert.Equal(0, misnumbered);
        Assert.Equal(SyntheticDatabase.Events, db.ExecuteScalar<long>("SELECT count(*) FROM events"));
    }

    [Fact]
    public void TheSyntheticRecordsReferOnlyToRecordsThatExist()
    {
        // A synthetic build leaves foreign keys unenforced while it writes (DatabaseBuilder.WriteFile); this is where the
        // generator is held to them.
        using var db = new SqliteConnection($"Data Source={api.Database.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        var dangling = db.Query<(string Table, long? Rowid, string Parent)>("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check").AsList();

        Assert.True(dangling.Count == 0, $"{dangling.Count} dangling references, the first {string.Join(", ", dangling.Take(5))}");
    }

    [Fact]
    public void EveryListedRecordKeepsItsRowidInTheSearchIndex()
    {
        // A listed record's stored JSON is found by it (db/0006_representations.sql): a number that is not its own would serve another record.
        using var db = new SqliteConnection($"Data Source={api.Database.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        foreach (var (table, kind) in new[] { ("events", "event"), ("agreements", "agreement"), ("actors", "actor") })
        {
            var unnumbered = db.ExecuteScalar<long>($"""
                SELECT count(*) FROM {table} AS t
                WHERE t.search_rowid IS NOT (SELECT s.rowid FROM search_index AS s WHERE s.rowid = t.search_rowid AND s.kind = '{kind}' AND s.record_id = t.id)
                """);
            Assert.True(unnumbered == 0, $"{unnumbered} {table} without their search_index rowid");
            Assert.Equal(db.ExecuteScalar<long>($"SELECT count(*) FROM {table}"),
                db.ExecuteScalar<long>($"SELECT count(*) FROM listed_representations WHERE rowid IN (SELECT search_rowid FROM {table})"));
        }
    }

    [Fact]
    public async Task AStoredPageFindsEachRowsJsonByOneSeekFromTheListsIndex()
    {
        var urls = await UrlsWithSecondPages("/events", "/events?sort=date", "/agreements", "/agreements?sort=date", "/actors");
        var pages = (await PlansOf(urls)).Where(p => p.Sql.Contains("listed_representations")).ToList();

        Assert.Equal(urls.Count, pages.Count);
        Assert.All(pages, p =>
        {
            // The list's index walked without its table (search_rowid is in it), then the JSON's row by its rowid.
            Assert.Matches(@"(SCAN|SEARCH) [eg] USING COVERING INDEX (events|agreements)_(newest|oldest)|(SCAN|SEARCH) a USING COVERING INDEX actors_name", p.Plan);
            Assert.Contains("SEARCH r USING INTEGER PRIMARY KEY (rowid=?)", p.Plan);
        });
    }

    [Fact]
    public async Task AgreementListsUseIndexesWithEveryFilterAndBothSorts()
    {
        var urls = new List<string>();
        foreach (var sort in new[] { "-date", "date" })
            urls.AddRange(await UrlsWithSecondPages(
                $"/agreements?sort={sort}", $"/agreements?sort={sort}&from=2020", $"/agreements?sort={sort}&to=2005-06",
                $"/agreements?sort={sort}&status=anticipated", $"/agreements?sort={sort}&kind=protocol",
                $"/agreements?sort={sort}&actor=azerbaijan&actor=china", $"/agreements?sort={sort}&q=solar"));
        AssertNoFullScan(await PlansOf(urls));
    }

    [Fact]
    public async Task ActorSourceAndRelationListsUseIndexes()
    {
        var person = await AnyId("actors", "&kind=person");
        var urls = await UrlsWithSecondPages(
            "/actors", "/actors?kind=company", "/actors?country=CN", "/actors?q=ministry",
            "/sources", "/sources?outlet=xinhua", "/sources?from=2024&to=2025",
            $"/actors/{person}/events", "/actors/azerbaijan/agreements");
        AssertNoFullScan(await PlansOf(urls));
    }

    [Fact]
    public async Task PlaceProjectAndInitiativeListsUseIndexes()
    {
        // The synthetic data has no places, projects or initiatives (the generator writes none): the plans are what guards here.
        var actor = await AnyId("actors", "&kind=company");
        var urls = await UrlsWithSecondPages(
            "/places", "/places?kind=city", "/places?parent=china", "/places?q=baku",
            "/projects", "/projects?status=announced&asOf=2025-04-20", $"/projects?actor={actor}", "/projects?sector=trade",
            "/initiatives", "/initiatives?kind=corridor");
        AssertNoFullScan(await PlansOf(urls));
    }

    [Fact]
    public async Task SingleRecordsSearchAndMetricSeriesUseIndexes()
    {
        var urls = new List<string>
        {
            $"/events/{await AnyId("events")}", $"/agreements/{await AnyId("agreements")}", $"/actors/{await AnyId("actors", "&kind=person")}",
            $"/sources/{await AnyId("sources")}", "/metrics?name=trade_turnover", $"/metrics/{await AnyId("metrics")}", "/metrics",
        };
        urls.AddRange(await UrlsWithSecondPages("/search?q=baku", "/search?q=silk&kind=event"));
        AssertNoFullScan(await PlansOf(urls));
    }

    [Fact]
    public async Task RecordDetailsReadOfAnyRecordUseIndexes()
    {
        // The stored detail answers a request: the computed one, which the build renders every detail with, is read here.
        var urls = new[]
        {
            $"/events/{await AnyId("events")}", $"/agreements/{await AnyId("agreements")}", $"/actors/{await AnyId("actors", "&kind=person")}",
            "/actors/azerbaijan", "/actors/china",
        };
        var database = api.Factory.Services.GetRequiredService<ReadOnlyDatabase>();
        database.ServesStored = false;
        try
        {
            var plans = await PlansOf(urls);
            Assert.Contains(plans, p => p.Sql.Contains("FROM claims") && p.Sql.Contains("asserted_by IN"));
            AssertNoFullScan(plans);
        }
        finally
        {
            database.ServesStored = true;
        }
    }
}
