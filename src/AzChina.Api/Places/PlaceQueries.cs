using AzChina.Api.Paging;
using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Places;

internal static class PlaceQueries
{
    private const string SummaryColumns = "p.id AS Id, p.name AS Name, p.kind AS Kind, p.country AS Country, p.parent_id AS Parent, p.parent_basis AS ParentBasis";

    private const string ByIdSql = """
        SELECT p.id AS Id, p.name AS Name, p.kind AS Kind, p.country AS Country, p.parent_id AS Parent, p.parent_basis AS ParentBasis,
               p.parent_note AS ParentNote, p.note AS Note
        FROM places AS p
        WHERE p.id = @Id
        """;

    private const string AliasesOfSql = """
        SELECT record_id AS RecordId, alias AS Alias
        FROM record_aliases
        WHERE record_kind = @Kind AND record_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY record_id, position
        """;

    private const string ChildrenSql = "SELECT id AS Id, name AS Name, kind AS Kind FROM places WHERE parent_id = @Id ORDER BY name COLLATE NOCASE, id";

    // The place and every place within it, however deep: what happened in Karabakh includes what happened in a town in it.
    private const string Within = """
        WITH RECURSIVE within (id) AS (SELECT @Id UNION SELECT c.id FROM places AS c JOIN within AS w ON c.parent_id = w.id)
        """;

    private const string EventsSql = $"""
        {Within}
        SELECT e.id AS Id, e.title AS Title, e.type AS Type, rp.place_id AS PlaceId, rp.role AS Role, rp.basis AS Basis
        FROM record_places AS rp JOIN events AS e ON e.id = rp.record_id
        WHERE rp.record_kind = 'event' AND rp.place_id IN (SELECT id FROM within)
        ORDER BY e.sort_desc DESC, e.id DESC, rp.position
        """;

    private const string ProjectsSql = $"""
        {Within}
        SELECT j.id AS Id, j.title AS Title, j.kind AS Kind, rp.place_id AS PlaceId, rp.role AS Role, rp.basis AS Basis
        FROM record_places AS rp JOIN projects AS j ON j.id = rp.record_id
        WHERE rp.record_kind = 'project' AND rp.place_id IN (SELECT id FROM within)
        ORDER BY j.title COLLATE NOCASE, j.id, rp.position
        """;

    private const string ClaimsSql = $"""
        {Within}
        SELECT c.id AS Id, c.metric AS Metric, c.value AS Value, c.stated AS Stated, c.source_id AS SourceId,
               rp.place_id AS PlaceId, rp.role AS Role, rp.basis AS Basis
        FROM record_places AS rp JOIN claims AS c ON c.id = rp.record_id
        WHERE rp.record_kind = 'claim' AND rp.place_id IN (SELECT id FROM within)
        ORDER BY c.metric, c.id, rp.position
        """;

    private const string InitiativesSql = $"""
        {Within}
        SELECT n.id AS Id, n.name AS Name, n.kind AS Kind, rp.place_id AS PlaceId, rp.role AS Role, rp.basis AS Basis
        FROM record_places AS rp JOIN initiatives AS n ON n.id = rp.record_id
        WHERE rp.record_kind = 'initiative' AND rp.place_id IN (SELECT id FROM within)
        ORDER BY n.name COLLATE NOCASE, n.id, rp.position
        """;

    public static PagedListSource<PlaceSummary> List(PlaceFilter filter) => new(
        filter.CursorScope,
        (db, page) =>
        {
            var places = db.Query<PlaceSummary>(ListSql(filter, page), Parameters(filter, page)).AsList();
            var aliases = AliasesOf(db, "place", places.Select(p => p.Id).ToArray());
            return places.Select(p => p with { Aliases = aliases[p.Id].ToList() }).ToList();
        },
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM places AS p {Conditions(filter)}", Parameters(filter, null)),
        p => (p.Name, p.Id),
        CursorKeys.Text,
        PlaceCsv.Columns);

    // Alphabetical by name, as the actors; the id breaks ties.
    private static string ListSql(PlaceFilter filter, PageRequest page) => $"""
        SELECT {SummaryColumns}
        FROM places AS p
        {Conditions(filter).After(page, "p.name COLLATE NOCASE", "p.id", descending: false)}
        ORDER BY p.name COLLATE NOCASE, p.id
        LIMIT @Fetch
        """;

    private static Where Conditions(PlaceFilter f) => new Where()
        .When(f.Kind is not null, "p.kind = @Kind")
        .When(f.Country is not null, "p.country = @Country")
        .When(f.Parent is not null, "p.parent_id = @Parent")
        .When(f.Match is not null, "p.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @Match AND kind = 'place')");

    private static object Parameters(PlaceFilter f, PageRequest? page) => new
    {
        f.Kind, f.Country, f.Parent, f.Match, page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    public static PlaceDetail? Find(SqliteConnection db, string id)
    {
        var detail = db.QuerySingleOrDefault<PlaceDetail>(ByIdSql, new { Id = id });
        if (detail is null) return null;
        var args = new { Id = id };
        return detail with
        {
            Aliases = AliasesOf(db, "place", [id])[id].ToList(),
            Children = db.Query<PlaceRef>(ChildrenSql, args).AsList(),
            Events = db.Query<PlaceEvent>(EventsSql, args).AsList(),
            Projects = db.Query<PlaceProject>(ProjectsSql, args).AsList(),
            Claims = db.Query<PlaceClaim>(ClaimsSql, args).AsList(),
            Initiatives = db.Query<PlaceInitiative>(InitiativesSql, args).AsList(),
            Evidence = EvidenceQueries.For(db, "place", id),
        };
    }

    /// <summary>The aliases of places, projects or initiatives (record_aliases).</summary>
    public static ILookup<string, string> AliasesOf(SqliteConnection db, string kind, string[] ids) =>
        db.Query<(string RecordId, string Alias)>(AliasesOfSql, new { Kind = kind, Ids = IdList.Json(ids) }).ToLookup(a => a.RecordId, a => a.Alias);
}
