using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Actors;

/// <summary>An actor's links beyond taking part and being a party: its organisations and members, the records that mention it, the sources it published or wrote.</summary>
internal static class ActorLinkQueries
{
    private const string MemberOfSql = """
        SELECT o.id AS Id, o.name AS Name, o.kind AS Kind, m.role AS Role
        FROM actor_memberships AS m
        JOIN actors AS o ON o.id = m.organisation_id
        WHERE m.actor_id = @Id
        ORDER BY m.position
        """;

    private const string MembersSql = """
        SELECT a.id AS Id, a.name AS Name, a.kind AS Kind, m.role AS Role
        FROM actor_memberships AS m
        JOIN actors AS a ON a.id = m.actor_id
        WHERE m.organisation_id = @Id
        ORDER BY a.name, a.id
        """;

    private const string MentionedInSql = """
        SELECT m.record_kind AS Kind, m.record_id AS Id,
               coalesce(e.title, g.title, c.metric || ' ' || coalesce(c.period, '(no period given)')) AS Title, m.role AS Role
        FROM record_mentions AS m
        LEFT JOIN events     AS e ON m.record_kind = 'event'     AND e.id = m.record_id
        LEFT JOIN agreements AS g ON m.record_kind = 'agreement' AND g.id = m.record_id
        LEFT JOIN claims     AS c ON m.record_kind = 'claim'     AND c.id = m.record_id
        WHERE m.actor_id = @Id
        ORDER BY m.record_kind, m.record_id
        """;

    private const string SourcesSql = """
        SELECT 'source' AS Kind, s.id AS Id, coalesce(s.title, s.document) AS Title,
               CASE WHEN s.outlet_id = @Id THEN 'outlet' ELSE 'author' END AS Role
        FROM sources AS s
        WHERE s.outlet_id = @Id OR s.author_id = @Id
        ORDER BY s.published_on DESC, s.id
        """;

    // Who states a figure is as much a link as taking part in an event: the State Statistics Committee and the
    // presidency's website are reached by no other record.
    private const string ClaimsSql = """
        SELECT id AS Id, metric AS Metric, period AS Period, stated AS Stated, source_id AS SourceId
        FROM claims
        WHERE asserted_by = @Id OR subject = @Id
        ORDER BY metric, period_start, id
        """;

    public static List<StatedClaim> Claims(SqliteConnection db, string id) => db.Query<StatedClaim>(ClaimsSql, new { Id = id }).AsList();

    public static List<ActorRole> MemberOf(SqliteConnection db, string id) => db.Query<ActorRole>(MemberOfSql, new { Id = id }).AsList();

    public static List<ActorRole> Members(SqliteConnection db, string id) => db.Query<ActorRole>(MembersSql, new { Id = id }).AsList();

    // Computed columns have no declared type, so with no rows the driver calls them BLOBs and Dapper finds no
    // RecordRef constructor for them: they are read as tuples instead.
    public static List<RecordRef> MentionedIn(SqliteConnection db, string id) =>
        db.Query<(string Kind, string Id, string Title, string Role)>(MentionedInSql, new { Id = id })
            .Select(r => new RecordRef(r.Kind, r.Id, r.Title, r.Role)).AsList();

    public static List<RecordRef> Sources(SqliteConnection db, string id) =>
        db.Query<(string Kind, string Id, string Title, string Role)>(SourcesSql, new { Id = id })
            .Select(r => new RecordRef(r.Kind, r.Id, r.Title, r.Role)).AsList();
}
