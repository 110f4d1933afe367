using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Events;

/// <summary>An event's links to other records: its occasion and parts, disputes, agreements with their role, the claims stated at it.</summary>
internal static class EventLinkQueries
{
    private const string OccasionsOfSql = """
        SELECT e.id AS EventId, o.id AS Id, o.title AS Title, o.type AS Type
        FROM events AS e
        JOIN events AS o ON o.id = e.part_of
        WHERE e.id IN (SELECT value FROM json_each(@EventIds))
        """;

    private const string PartsOfSql = """
        SELECT p.id AS Id, p.title AS Title, p.type AS Type
        FROM events AS p
        WHERE p.part_of = @Id
        ORDER BY p.sort_asc, p.id
        """;

    private const string DisputedBySql = """
        SELECT e.id AS Id, e.title AS Title, e.type AS Type
        FROM record_disputes AS d
        JOIN events AS e ON e.id = d.disputed_by
        WHERE d.record_kind = @Kind AND d.record_id = @Id
        ORDER BY d.position
        """;

    // The other side of disputedBy, so that the link is curated once.
    private const string DisputesSql = """
        SELECT d.record_kind AS Kind, d.record_id AS Id, coalesce(e.title, g.title) AS Title, NULL AS Role
        FROM record_disputes AS d
        LEFT JOIN events     AS e ON d.record_kind = 'event'     AND e.id = d.record_id
        LEFT JOIN agreements AS g ON d.record_kind = 'agreement' AND g.id = d.record_id
        WHERE d.disputed_by = @Id
        ORDER BY d.record_kind, d.record_id
        """;

    private const string AgreementsOfSql = """
        SELECT g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, l.role AS Role
        FROM agreement_events AS l
        JOIN agreements AS g ON g.id = l.agreement_id
        WHERE l.event_id = @Id
        ORDER BY g.sort_asc, g.id, l.role
        """;

    private const string ClaimsStatedAtSql = """
        SELECT id AS Id, metric AS Metric, period AS Period, stated AS Stated, source_id AS SourceId
        FROM claims
        WHERE stated_at = @Id
        ORDER BY metric, period_start, id
        """;

    public static Dictionary<string, EventRef> OccasionsOf(SqliteConnection db, string[] eventIds) =>
        db.Query<string, EventRef, (string EventId, EventRef Occasion)>(
            OccasionsOfSql, (eventId, occasion) => (eventId, occasion), new { EventIds = IdList.Json(eventIds) }, splitOn: "Id")
            .ToDictionary(o => o.EventId, o => o.Occasion, StringComparer.Ordinal);

    public static List<EventRef> PartsOf(SqliteConnection db, string id) => db.Query<EventRef>(PartsOfSql, new { Id = id }).AsList();

    public static List<EventRef> DisputedBy(SqliteConnection db, string kind, string id) =>
        db.Query<EventRef>(DisputedBySql, new { Kind = kind, Id = id }).AsList();

    // A computed column has no declared type: with no rows the driver calls it a BLOB and Dapper finds no
    // RecordRef constructor for it, so the rows are read as tuples.
    public static List<RecordRef> Disputes(SqliteConnection db, string id) =>
        db.Query<(string Kind, string Id, string Title)>(DisputesSql, new { Id = id })
            .Select(d => new RecordRef(d.Kind, d.Id, d.Title, Role: null)).AsList();

    public static List<EventAgreement> AgreementsOf(SqliteConnection db, string id) => db.Query<EventAgreement>(AgreementsOfSql, new { Id = id }).AsList();

    public static List<StatedClaim> ClaimsStatedAt(SqliteConnection db, string id) => db.Query<StatedClaim>(ClaimsStatedAtSql, new { Id = id }).AsList();
}
