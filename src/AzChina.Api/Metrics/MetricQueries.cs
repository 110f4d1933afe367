using AzChina.Api.Paging;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Metrics;

internal static class MetricQueries
{
    // An observation is a distinct (period, reporter, partner, subject) of a metric; periods order by
    // start and then longest first, so the last period is the latest start and the shortest span.
    private const string CatalogueSql = """
        SELECT m.name AS Name, m.label AS Label, m.unit AS Unit, m.description AS Description,
               (SELECT count(*) FROM (SELECT DISTINCT c.period, c.reporter, c.partner, c.subject
                                      FROM claims AS c WHERE c.metric = m.name)) AS ObservationCount,
               (SELECT count(*) FROM claims AS c WHERE c.metric = m.name) AS ClaimCount,
               (SELECT c.period FROM claims AS c WHERE c.metric = m.name
                ORDER BY c.period_start, c.period_end DESC LIMIT 1) AS FirstPeriod,
               (SELECT c.period FROM claims AS c WHERE c.metric = m.name
                ORDER BY c.period_start DESC, c.period_end LIMIT 1) AS LastPeriod
        FROM metrics AS m
        WHERE @AfterId IS NULL OR m.name > @AfterId
        ORDER BY m.name
        LIMIT @Fetch
        """;

    private const string ByNameSql = """
        SELECT name AS Name, label AS Label, unit AS Unit, description AS Description
        FROM metrics
        WHERE name = @Name
        """;

    private const string AllNamesSql = "SELECT name FROM metrics ORDER BY name";

    // A claim's first quote is its evidence; the series is ordered by SeriesBuilder.
    private const string ClaimsOfSql = """
        SELECT c.id AS Id, c.period AS Period, c.period_inferred AS PeriodInferred, c.reporter AS Reporter,
               c.partner AS Partner, c.subject AS Subject, CAST(c.value AS REAL) AS Value, c.qualifier AS Qualifier,
               c.stated AS Stated, c.source_id AS SourceId, s.published_on AS PublishedOn, e.quote AS Quote,
               c.asserted_by AS AssertedBy, c.note AS Note
        FROM claims AS c
        JOIN sources AS s ON s.id = c.source_id
        JOIN evidence AS e ON e.record_kind = 'claim' AND e.record_id = c.id AND e.position = 0
        WHERE c.metric = @Name
        ORDER BY c.period_start, c.period_end DESC, c.id
        """;

    public static ListQuery<MetricSummary> Catalogue { get; } = new(
        "metrics",
        (db, page) => db.Query<MetricSummaryRow>(CatalogueSql, new { page.AfterId, Fetch = page.Limit + 1 }).Select(r => r.ToSummary()).ToList(),
        db => db.ExecuteScalar<long>("SELECT count(*) FROM metrics"),
        m => (null, m.Name),
        MetricCsv.Catalogue);

    public static MetricRow? Find(SqliteConnection db, string name) => db.QuerySingleOrDefault<MetricRow>(ByNameSql, new { Name = name });

    public static IReadOnlyList<ClaimRow> Claims(SqliteConnection db, string name) => db.Query<ClaimRow>(ClaimsOfSql, new { Name = name }).AsList();

    public static IReadOnlyList<string> Names(SqliteConnection db) => db.Query<string>(AllNamesSql).AsList();
}
