using AzChina.Api.Paging;
using AzChina.Domain.Metrics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Metrics;

internal static class MetricQueries
{
    // An observation is a distinct (period, reporter, partner, subject) of a metric; periods order by
    // start and then longest first, so the last period is the latest start and the shortest span.
    // Only claims visible at the knowledge date count (all of them when @AsOf is null); a metric with
    // none is still listed, with zero counts.
    private const string CatalogueSql = """
        WITH visible AS (
            SELECT c.metric, c.period, c.period_start, c.period_end, c.reporter, c.partner, c.subject
            FROM claims AS c
            JOIN sources AS s ON s.id = c.source_id
            WHERE @AsOf IS NULL OR s.published_on <= @AsOf
        )
        SELECT m.name AS Name, m.label AS Label, m.unit AS Unit, m.description AS Description, m.direction AS Direction,
               (SELECT count(*) FROM (SELECT DISTINCT v.period, v.reporter, v.partner, v.subject
                                      FROM visible AS v WHERE v.metric = m.name)) AS ObservationCount,
               (SELECT count(*) FROM visible AS v WHERE v.metric = m.name) AS ClaimCount,
               (SELECT v.period FROM visible AS v WHERE v.metric = m.name AND v.period IS NOT NULL
                ORDER BY v.period_start, v.period_end DESC LIMIT 1) AS FirstPeriod,
               (SELECT v.period FROM visible AS v WHERE v.metric = m.name AND v.period IS NOT NULL
                ORDER BY v.period_start DESC, v.period_end LIMIT 1) AS LastPeriod
        FROM metrics AS m
        WHERE @AfterId IS NULL OR m.name > @AfterId
        ORDER BY m.name
        LIMIT @Fetch
        """;

    private const string ByNameSql = """
        SELECT name AS Name, label AS Label, unit AS Unit, description AS Description, direction AS Direction
        FROM metrics
        WHERE name = @Name
        """;

    private const string AllNamesSql = "SELECT name FROM metrics ORDER BY name";

    // A claim's first quote is its evidence; the series is ordered by SeriesBuilder. Each filter is
    // off when its parameter is null. published_on and @AsOf are both ISO dates, so text order is date order.
    // The observation a claim is about comes first, then the claim as the API shows it (split on Id), its period
    // (split on Known; never null) and its span (split on Edtf; Dapper gives null when that first column is NULL).
    // Every column is a table column, typed by its declaration: Dapper types the two parts before it
    // reads a row, and value, declared REAL, comes back a Double whatever its digits.
    private const string ClaimsOfSql = """
        SELECT c.period AS Period, c.reporter AS Reporter, c.partner AS Partner, c.subject AS Subject,
               c.id AS Id, c.value AS Value, c.qualifier AS Qualifier, c.stated AS Stated, c.source_id AS SourceId,
               s.published_on AS PublishedOn, e.quote AS Quote, c.asserted_by AS AssertedBy, c.note AS Note, c.stated_at AS StatedAt,
               c.period_known AS Known, c.period AS Text, c.period_basis AS Basis,
               c.span_edtf AS Edtf, c.span_known AS Known, c.span_basis AS Basis, c.span_start AS Start,
               c.span_start_precision AS StartPrecision, c.span_end AS "End", c.span_end_precision AS EndPrecision
        FROM claims AS c
        JOIN sources AS s ON s.id = c.source_id
        JOIN evidence AS e ON e.record_kind = 'claim' AND e.record_id = c.id AND e.position = 0
        WHERE c.metric = @Name
          AND (@AsOf IS NULL OR s.published_on <= @AsOf)
          AND (@Reporter IS NULL OR c.reporter = @Reporter)
          AND (@Partner IS NULL OR c.partner = @Partner)
          AND (@Subject IS NULL OR c.subject = @Subject)
        ORDER BY c.period_start, c.period_end DESC, c.id
        """;

    /// <summary>The catalogue as it stood at the knowledge date (all of it without one).</summary>
    public static PagedListSource<MetricSummary> Catalogue(DateOnly? asOf) => new(
        $"metrics|{IsoDates.Format(asOf)}",
        (db, page) => db.Query<MetricSummary>(CatalogueSql, new { page.AfterId, Fetch = page.Limit + 1, AsOf = IsoDates.Format(asOf) }).AsList(),
        db => db.ExecuteScalar<long>("SELECT count(*) FROM metrics"),
        m => (null, m.Name),
        CursorKeys.None,
        MetricCsv.Catalogue);

    public static Metric? Find(SqliteConnection db, string name) => db.QuerySingleOrDefault<Metric>(ByNameSql, new { Name = name });

    /// <summary>The claims of a metric visible at the query's knowledge date, in its direction.</summary>
    public static IReadOnlyList<SeriesClaim> Claims(SqliteConnection db, string name, SeriesFilter query) =>
        db.Query<ObservationKey, Claim, PeriodDetail, SpanDetail?, SeriesClaim>(
            // The place condition only when asked: its walk down the place tree is not free, and most series take none.
            query.Place is null ? ClaimsOfSql : ClaimsOfSql.Replace("ORDER BY", $"  AND {Shared.PlaceLinkQueries.Within("claim", "c.id")}\nORDER BY"),
            (key, claim, period, span) => new SeriesClaim(key, claim with { Period = period, Span = span }),
            new { Name = name, AsOf = IsoDates.Format(query.AsOf), query.Reporter, query.Partner, query.Subject, query.Place }, splitOn: "Id,Known,Edtf").AsList();

    public static IReadOnlyList<string> Names(SqliteConnection db) => db.Query<string>(AllNamesSql).AsList();

}
