using AzChina.Api.Paging;
using AzChina.Api.Places;
using AzChina.Api.Projects;
using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Initiatives;

internal static class InitiativeQueries
{
    private const string SummaryColumns = "n.id AS Id, n.name AS Name, n.kind AS Kind, n.summary AS Summary";

    private const string ByIdSql = "SELECT n.id AS Id, n.name AS Name, n.kind AS Kind, n.summary AS Summary, n.alias_note AS AliasNote FROM initiatives AS n WHERE n.id = @Id";

    private const string FramingsOfSql = """
        SELECT f.initiative_id AS InitiativeId, f.framing_id AS Id, f.side AS Side, f.framed_by AS FramedBy, f.event_id AS EventId,
               f.assertion AS Assertion, f.summary AS Summary
        FROM initiative_framings AS f
        WHERE f.initiative_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY f.initiative_id, f.position
        """;

    private const string DisputesOfSql = """
        SELECT disputed_by FROM framing_disputes WHERE initiative_id = @InitiativeId AND framing_id = @FramingId ORDER BY position
        """;

    private const string ProjectsOfSql = """
        SELECT j.id AS Id, j.title AS Title, j.kind AS Kind
        FROM project_initiatives AS pi JOIN projects AS j ON j.id = pi.project_id
        WHERE pi.initiative_id = @Id
        ORDER BY j.title COLLATE NOCASE, j.id
        """;

    private const string MetricsOfSql = """
        SELECT m.name AS Name, m.label AS Label
        FROM initiative_metrics AS im JOIN metrics AS m ON m.name = im.metric
        WHERE im.initiative_id = @Id
        ORDER BY im.position
        """;

    public static PagedListSource<InitiativeSummary> List(InitiativeFilter filter) => new(
        filter.CursorScope,
        (db, page) =>
        {
            var initiatives = db.Query<InitiativeSummary>(ListSql(filter, page), Parameters(filter, page)).AsList();
            var ids = initiatives.Select(i => i.Id).ToArray();
            var aliases = PlaceQueries.AliasesOf(db, "initiative", ids);
            var framings = FramingsOf(db, ids);
            return initiatives.Select(i => i with { Aliases = aliases[i.Id].ToList(), Framings = framings[i.Id].ToList() }).ToList();
        },
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM initiatives AS n {Conditions(filter)}", Parameters(filter, null)),
        i => (i.Name, i.Id),
        CursorKeys.Text,
        InitiativeCsv.Columns);

    private static string ListSql(InitiativeFilter filter, PageRequest page) => $"""
        SELECT {SummaryColumns}
        FROM initiatives AS n
        {Conditions(filter).After(page, "n.name COLLATE NOCASE", "n.id", descending: false)}
        ORDER BY n.name COLLATE NOCASE, n.id
        LIMIT @Fetch
        """;

    private static Where Conditions(InitiativeFilter f) => new Where()
        .When(f.Kind is not null, "n.kind = @Kind")
        .When(f.Place is not null, PlaceLinkQueries.Within("initiative", "n.id"))
        .When(f.Match is not null, "n.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @Match AND kind = 'initiative')");

    private static object Parameters(InitiativeFilter f, PageRequest? page) => new
    {
        f.Kind, f.Place, f.Match, page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    public static bool Exists(Data.ReadOnlyDatabase database, string id)
    {
        using var db = database.Open();
        return db.ExecuteScalar<long>("SELECT count(*) FROM initiatives WHERE id = @Id", new { Id = id }) > 0;
    }

    public static InitiativeDetail? Find(SqliteConnection db, string id)
    {
        var detail = db.QuerySingleOrDefault<InitiativeDetail>(ByIdSql, new { Id = id });
        if (detail is null) return null;
        var args = new { Id = id };
        return detail with
        {
            Aliases = PlaceQueries.AliasesOf(db, "initiative", [id])[id].ToList(),
            Places = PlaceLinkQueries.Of(db, "initiative", id),
            Events = ProjectQueries.EventsOf(db, "initiative", id),
            Projects = db.Query<ProjectRef>(ProjectsOfSql, args).AsList(),
            Claims = ProjectQueries.ClaimsOf(db, "initiative", id),
            Metrics = db.Query<InitiativeMetric>(MetricsOfSql, args).AsList(),
            Framings = FramingsOf(db, [id])[id].ToList(),
            Evidence = EvidenceQueries.For(db, "initiative", id),
        };
    }

    // A page holds a handful of initiatives and few have framings: their disputes and evidence are read per framing.
    private static ILookup<string, Framing> FramingsOf(SqliteConnection db, string[] ids) =>
        db.Query<string, Framing, (string InitiativeId, Framing Framing)>(
            FramingsOfSql, (initiativeId, framing) => (initiativeId, framing), new { Ids = IdList.Json(ids) }, splitOn: "Id")
            .Select(f => (f.InitiativeId, Framing: f.Framing with
            {
                DisputedBy = db.Query<string>(DisputesOfSql, new { f.InitiativeId, FramingId = f.Framing.Id }).AsList(),
                Evidence = EvidenceQueries.For(db, "framing", $"{f.InitiativeId}:{f.Framing.Id}"),
            }))
            .ToLookup(f => f.InitiativeId, f => f.Framing);
}
