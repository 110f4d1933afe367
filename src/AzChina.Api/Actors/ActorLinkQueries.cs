using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Actors;

/// <summary>
/// An actor's links beyond taking part and being a party: its organisations and members, the records that mention it, the
/// sources it published or wrote, the figures it states. Each is read for a batch of actors at once (<see cref="ByRecord"/>),
/// led by the id of the actor the row belongs to.
/// </summary>
internal static class ActorLinkQueries
{
    private const string MemberOfSql = """
        SELECT m.actor_id AS ActorId, o.id AS Id, o.name AS Name, o.kind AS Kind, m.role AS Role
        FROM actor_memberships AS m
        JOIN actors AS o ON o.id = m.organisation_id
        WHERE m.actor_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY m.actor_id, m.position
        """;

    private const string MembersSql = """
        SELECT m.organisation_id AS OrganisationId, a.id AS Id, a.name AS Name, a.kind AS Kind, m.role AS Role
        FROM actor_memberships AS m
        JOIN actors AS a ON a.id = m.actor_id
        WHERE m.organisation_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY m.organisation_id, a.name, a.id
        """;

    private const string MentionedInSql = """
        SELECT m.actor_id AS ActorId, m.record_kind AS Kind, m.record_id AS Id,
               coalesce(e.title, g.title, c.metric || ' ' || coalesce(c.period, '(no period given)')) AS Title, m.role AS Role
        FROM record_mentions AS m
        LEFT JOIN events     AS e ON m.record_kind = 'event'     AND e.id = m.record_id
        LEFT JOIN agreements AS g ON m.record_kind = 'agreement' AND g.id = m.record_id
        LEFT JOIN claims     AS c ON m.record_kind = 'claim'     AND c.id = m.record_id
        WHERE m.actor_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY m.actor_id, m.record_kind, m.record_id
        """;

    // A source is the actor's as its outlet, else as its author: one row per actor and source. Each half reads only
    // its own index (db/0008_actor_link_indexes.sql); the rest of the condition is tested on the source's row, where a
    // half that read the row for it was planned as a walk of every source (the synthetic data has no outlets or authors).
    private const string SourcesSql = """
        SELECT x.ActorId AS ActorId, s.id AS Id, coalesce(s.title, s.document) AS Title, x.Role AS Role
        FROM (SELECT outlet_id AS ActorId, id, 'outlet' AS Role FROM sources WHERE outlet_id IN (SELECT value FROM json_each(@Ids))
              UNION ALL
              SELECT author_id, id, 'author' FROM sources WHERE author_id IN (SELECT value FROM json_each(@Ids))) AS x
        JOIN sources AS s ON s.id = x.id
        WHERE x.Role = 'outlet' OR s.outlet_id IS NOT s.author_id
        ORDER BY x.ActorId, s.published_on DESC, s.id
        """;

    // Who states a figure is as much a link as taking part in an event: the State Statistics Committee and the
    // presidency's website are reached by no other record. A claim is the actor's as its asserter, else as its subject,
    // each half read from its own index as the sources are.
    private const string ClaimsSql = """
        SELECT x.ActorId AS ActorId, c.id AS Id, c.metric AS Metric, c.period AS Period, c.stated AS Stated, c.source_id AS SourceId
        FROM (SELECT asserted_by AS ActorId, id, 'asserter' AS Role FROM claims WHERE asserted_by IN (SELECT value FROM json_each(@Ids))
              UNION ALL
              SELECT subject, id, 'subject' FROM claims WHERE subject IN (SELECT value FROM json_each(@Ids))) AS x
        JOIN claims AS c ON c.id = x.id
        WHERE x.Role = 'asserter' OR c.asserted_by IS NOT c.subject
        ORDER BY x.ActorId, c.metric, c.period_start, c.id
        """;

    public static ILookup<string, StatedClaim> Claims(SqliteConnection db, string[] ids) =>
        ByRecord.Query<StatedClaim>(db, ClaimsSql, new { Ids = IdList.Json(ids) });

    public static ILookup<string, ActorRole> MemberOf(SqliteConnection db, string[] ids) =>
        ByRecord.Query<ActorRole>(db, MemberOfSql, new { Ids = IdList.Json(ids) });

    public static ILookup<string, ActorRole> Members(SqliteConnection db, string[] ids) =>
        ByRecord.Query<ActorRole>(db, MembersSql, new { Ids = IdList.Json(ids) });

    // Computed columns have no declared type, so with no rows the driver calls them BLOBs and Dapper finds no
    // RecordRef constructor for them: they are read as tuples instead.
    public static ILookup<string, RecordRef> MentionedIn(SqliteConnection db, string[] ids) =>
        db.Query<(string ActorId, string Kind, string Id, string Title, string Role)>(MentionedInSql, new { Ids = IdList.Json(ids) })
            .ToLookup(r => r.ActorId, r => new RecordRef(r.Kind, r.Id, r.Title, r.Role));

    public static ILookup<string, RecordRef> Sources(SqliteConnection db, string[] ids) =>
        db.Query<(string ActorId, string Id, string Title, string Role)>(SourcesSql, new { Ids = IdList.Json(ids) })
            .ToLookup(r => r.ActorId, r => new RecordRef("source", r.Id, r.Title, r.Role));
}
