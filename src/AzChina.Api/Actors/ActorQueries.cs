using AzChina.Data;
using AzChina.Api.Paging;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Shared;
using AzChina.Api.Stored;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Actors;

internal static class ActorQueries
{
    private const string SelectColumns = "a.id AS Id, a.name AS Name, a.kind AS Kind, a.country AS Country, a.role AS Role";

    private const string ByIdsSql = $"""
        SELECT {SelectColumns}
        FROM actors AS a
        WHERE a.id IN (SELECT value FROM json_each(@Ids))
        """;

    private const string AliasesOfSql = """
        SELECT actor_id AS ActorId, alias AS Alias
        FROM actor_aliases
        WHERE actor_id IN (SELECT value FROM json_each(@ActorIds))
        ORDER BY actor_id, position
        """;

    // Newest first, undated last, as the lists order them (sort_desc).
    private static readonly string EventsOfSql = $"""
        SELECT p.actor_id AS ActorId, e.id AS Id, e.type AS Type, e.title AS Title, p.role AS Role, {DateSql.Columns("e")}
        FROM event_participants AS p
        JOIN events AS e ON e.id = p.event_id
        WHERE p.actor_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY p.actor_id, e.sort_desc DESC, e.id DESC
        """;

    private static readonly string AgreementsOfSql = $"""
        SELECT p.actor_id AS ActorId, g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, {DateSql.Columns("g")}
        FROM agreement_parties AS p
        JOIN agreements AS g ON g.id = p.agreement_id
        WHERE p.actor_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY p.actor_id, g.sort_desc DESC, g.id DESC
        """;

    private const string KnownSql = "SELECT id FROM actors WHERE id IN @Ids";

    private const string ProjectsOfSql = """
        SELECT pa.actor_id AS ActorId, j.id AS Id, j.title AS Title, j.kind AS Kind, pa.role AS Role
        FROM project_actors AS pa JOIN projects AS j ON j.id = pa.project_id
        WHERE pa.actor_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY pa.actor_id, j.title COLLATE NOCASE, j.id, pa.position
        """;

    /// <summary>The first of the ids that names no actor, or null when all are known.</summary>
    public static string? FirstUnknown(ReadOnlyDatabase database, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return null;
        using var db = database.Open();
        var known = db.Query<string>(KnownSql, new { Ids = ids }).ToHashSet(StringComparer.Ordinal);
        return ids.FirstOrDefault(id => !known.Contains(id));
    }

    public static PagedListSource<ActorSummary> List(ActorFilter filter) => new(
        filter.CursorScope,
        (db, page) =>
        {
            var actors = db.Query<ActorSummary>(ListSql(filter, page), Parameters(filter, page)).AsList();
            var aliases = AliasesOf(db, actors.Select(a => a.Id).ToArray());
            return actors.Select(a => a with { Aliases = aliases[a.Id].ToList() }).ToList();
        },
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM actors AS a {Conditions(filter)}", Parameters(filter, null)),
        a => (a.Name, a.Id),
        CursorKeys.Text,
        ActorCsv.Columns,
        (db, page) => StoredRows.Read(db, ListSql(filter, page, StoredRows.Columns("a.name", "a.id", "a.search_rowid")), Parameters(filter, page), page.Limit));

    // Alphabetical by name; the id breaks ties between actors of the same name.
    private static string ListSql(ActorFilter filter, PageRequest page, string columns = SelectColumns) => $"""
        SELECT {columns}
        FROM actors AS a
        {Conditions(filter).After(page, "a.name COLLATE NOCASE", "a.id", descending: false)}
        ORDER BY a.name COLLATE NOCASE, a.id
        LIMIT @Fetch
        """;

    private static Where Conditions(ActorFilter f) => new Where()
        .When(f.Kind is not null, "a.kind = @Kind")
        .When(f.Country is not null, "a.country = @Country")
        .When(f.Match is not null, "a.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @Match AND kind = 'actor')");

    private static object Parameters(ActorFilter f, PageRequest? page) => new
    {
        f.Kind, f.Country, f.Match, page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    public static ActorDetail? Find(SqliteConnection db, string id) => Details(db, [id]).GetValueOrDefault(id);

    /// <summary>
    /// The details of a batch of actors, by id, in a query per part rather than a query per part and actor: the build
    /// stores every actor's detail this way (StoredRepresentations), and <see cref="Find"/> reads one the same way.
    /// </summary>
    public static Dictionary<string, ActorDetail> Details(SqliteConnection db, string[] ids)
    {
        var parameters = new { Ids = IdList.Json(ids) };
        var details = db.Query<ActorDetail>(ByIdsSql, parameters).AsList();
        if (details.Count == 0) return [];
        var aliases = AliasesOf(db, ids);
        var events = ByRecord.Dated<EventLink>(db, EventsOfSql, parameters, (e, date) => e with { Date = date });
        var agreements = ByRecord.Dated<AgreementLink>(db, AgreementsOfSql, parameters, (a, date) => a with { Date = date });
        var memberOf = ActorLinkQueries.MemberOf(db, ids);
        var members = ActorLinkQueries.Members(db, ids);
        var mentionedIn = ActorLinkQueries.MentionedIn(db, ids);
        var sources = ActorLinkQueries.Sources(db, ids);
        var claims = ActorLinkQueries.Claims(db, ids);
        var projects = ByRecord.Query<ActorProject>(db, ProjectsOfSql, parameters);
        var evidence = EvidenceQueries.For(db, "actor", ids);
        return details.ToDictionary(d => d.Id, d => d with
        {
            Aliases = aliases[d.Id].ToList(),
            Events = events[d.Id].ToList(),
            Agreements = agreements[d.Id].ToList(),
            MemberOf = memberOf[d.Id].ToList(),
            Members = members[d.Id].ToList(),
            MentionedIn = mentionedIn[d.Id].ToList(),
            Sources = sources[d.Id].ToList(),
            Claims = claims[d.Id].ToList(),
            Projects = projects[d.Id].ToList(),
            Evidence = evidence[d.Id].ToList(),
        }, StringComparer.Ordinal);
    }

    private static ILookup<string, string> AliasesOf(SqliteConnection db, string[] actorIds) =>
        db.Query<(string ActorId, string Alias)>(AliasesOfSql, new { ActorIds = IdList.Json(actorIds) }).ToLookup(a => a.ActorId, a => a.Alias);
}
