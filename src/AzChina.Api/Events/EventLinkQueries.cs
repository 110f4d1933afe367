using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Events;

/// <summary>
/// An event's links to other records: its occasion and parts, disputes, agreements with their role, the claims stated at it.
/// Each is read for a batch of records at once (<see cref="ByRecord"/>), led by the id of the record the row belongs to.
/// </summary>
internal static class EventLinkQueries
{
    private const string OccasionsOfSql = """
        SELECT e.id AS EventId, o.id AS Id, o.title AS Title, o.type AS Type
        FROM events AS e
        JOIN events AS o ON o.id = e.part_of
        WHERE e.id IN (SELECT value FROM json_each(@EventIds))
        """;

    private const string PartsOfSql = """
        SELECT p.part_of AS OccasionId, p.id AS Id, p.title AS Title, p.type AS Type
        FROM events AS p
        WHERE p.part_of IN (SELECT value FROM json_each(@Ids))
        ORDER BY p.part_of, p.sort_asc, p.id
        """;

    private const string DisputedBySql = """
        SELECT d.record_id AS RecordId, e.id AS Id, e.title AS Title, e.type AS Type
        FROM record_disputes AS d
        JOIN events AS e ON e.id = d.disputed_by
        WHERE d.record_kind = @Kind AND d.record_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY d.record_id, d.position
        """;

    // The other side of disputedBy, so that the link is curated once.
    private const string DisputesSql = """
        SELECT d.disputed_by AS EventId, d.record_kind AS Kind, d.record_id AS Id, coalesce(e.title, g.title) AS Title
        FROM record_disputes AS d
        LEFT JOIN events     AS e ON d.record_kind = 'event'     AND e.id = d.record_id
        LEFT JOIN agreements AS g ON d.record_kind = 'agreement' AND g.id = d.record_id
        WHERE d.disputed_by IN (SELECT value FROM json_each(@Ids))
        ORDER BY d.disputed_by, d.record_kind, d.record_id
        """;

    private const string AgreementsOfSql = """
        SELECT l.event_id AS EventId, g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, l.role AS Role
        FROM agreement_events AS l
        JOIN agreements AS g ON g.id = l.agreement_id
        WHERE l.event_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY l.event_id, g.sort_asc, g.id, l.role
        """;

    private const string ClaimsStatedAtSql = """
        SELECT stated_at AS EventId, id AS Id, metric AS Metric, period AS Period, stated AS Stated, source_id AS SourceId
        FROM claims
        WHERE stated_at IN (SELECT value FROM json_each(@Ids))
        ORDER BY stated_at, metric, period_start, id
        """;

    public static Dictionary<string, EventRef> OccasionsOf(SqliteConnection db, string[] eventIds) =>
        db.Query<string, EventRef, (string EventId, EventRef Occasion)>(
            OccasionsOfSql, (eventId, occasion) => (eventId, occasion), new { EventIds = IdList.Json(eventIds) }, splitOn: "Id")
            .ToDictionary(o => o.EventId, o => o.Occasion, StringComparer.Ordinal);

    public static ILookup<string, EventRef> PartsOf(SqliteConnection db, string[] ids) =>
        ByRecord.Query<EventRef>(db, PartsOfSql, new { Ids = IdList.Json(ids) });

    public static ILookup<string, EventRef> DisputedBy(SqliteConnection db, string kind, string[] ids) =>
        ByRecord.Query<EventRef>(db, DisputedBySql, new { Kind = kind, Ids = IdList.Json(ids) });

    // A computed column has no declared type: with no rows the driver calls it a BLOB and Dapper finds no
    // RecordRef constructor for it, so the rows are read as tuples.
    public static ILookup<string, RecordRef> Disputes(SqliteConnection db, string[] ids) =>
        db.Query<(string EventId, string Kind, string Id, string Title)>(DisputesSql, new { Ids = IdList.Json(ids) })
            .ToLookup(d => d.EventId, d => new RecordRef(d.Kind, d.Id, d.Title, Role: null));

    public static ILookup<string, EventAgreement> AgreementsOf(SqliteConnection db, string[] ids) =>
        ByRecord.Query<EventAgreement>(db, AgreementsOfSql, new { Ids = IdList.Json(ids) });

    public static ILookup<string, StatedClaim> ClaimsStatedAt(SqliteConnection db, string[] ids) =>
        ByRecord.Query<StatedClaim>(db, ClaimsStatedAtSql, new { Ids = IdList.Json(ids) });
}
