using AzChina.Api.Paging;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Sources;

internal static class SourceQueries
{
    private const string SelectColumns = """
        s.id AS Id, s.document AS Document, s.outlet AS Outlet, s.title AS Title, s.author AS Author,
        s.published_on AS PublishedOn, s.published_on_estimated AS PublishedOnEstimated, s.note AS Note,
        s.outlet_id AS OutletId, s.author_id AS AuthorId
        """;

    private const string ByIdSql = $"""
        SELECT {SelectColumns}
        FROM sources AS s
        WHERE s.id = @Id
        """;

    private const string RecordsOfSql = """
        SELECT e.record_kind AS Kind,
               e.record_id   AS Id,
               coalesce(a.name, ev.title, g.title, c.metric || ' ' || c.period) AS Label,
               e.quote       AS Quote
        FROM evidence AS e
        LEFT JOIN actors     AS a  ON e.record_kind = 'actor'     AND a.id  = e.record_id
        LEFT JOIN events     AS ev ON e.record_kind = 'event'     AND ev.id = e.record_id
        LEFT JOIN agreements AS g  ON e.record_kind = 'agreement' AND g.id  = e.record_id
        LEFT JOIN claims     AS c  ON e.record_kind = 'claim'     AND c.id  = e.record_id
        WHERE e.source_id = @Id
        ORDER BY e.record_kind, e.record_id, e.position
        """;

    public static PagedListSource<SourceSummary> List(SourceFilter filter) => new(
        filter.CursorScope,
        (db, page) => db.Query<SourceSummary>(ListSql(filter, page), Parameters(filter, page)).AsList(),
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM sources AS s {Conditions(filter)}", Parameters(filter, null)),
        s => (IsoDates.Format(s.PublishedOn), s.Id),
        CursorKeys.IsoDate,
        SourceCsv.Columns);

    // Newest first; the id breaks ties between sources published the same day.
    private static string ListSql(SourceFilter filter, PageRequest page) => $"""
        SELECT {SelectColumns}
        FROM sources AS s
        {Conditions(filter).After(page, "s.published_on", "s.id", descending: true)}
        ORDER BY s.published_on DESC, s.id DESC
        LIMIT @Fetch
        """;

    private static Where Conditions(SourceFilter f) => new Where()
        .When(f.Outlet is not null, "s.outlet = @Outlet COLLATE NOCASE")
        .When(f.From is not null, "s.published_on >= @From")
        .When(f.To is not null, "s.published_on <= @To");

    private static object Parameters(SourceFilter f, PageRequest? page) => new
    {
        f.Outlet, f.From, f.To, page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    public static SourceSummary? Summary(SqliteConnection db, string id) => db.QuerySingleOrDefault<SourceSummary>(ByIdSql, new { Id = id });

    public static SourceDetail? Find(SqliteConnection db, string id)
    {
        if (Summary(db, id) is not { } s) return null;
        var records = db.Query<SourceRecord>(RecordsOfSql, new { Id = id }).AsList();
        return new SourceDetail(s.Id, s.Document, s.Outlet, s.Title, s.Author, s.PublishedOn, s.PublishedOnEstimated, s.Note, s.OutletId, s.AuthorId, records);
    }
}
