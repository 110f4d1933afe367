using AzChina.Api.Paging;
using AzChina.Api.Places;
using AzChina.Api.Shared;
using AzChina.Domain.Vocabularies;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Projects;

internal static class ProjectQueries
{
    // A status counts once a source that gives it is published (known_on <= asOf); of those, a project's status
    // is the one that happened last, in StatusTimeline's order (order_first, order_last, known_on, then position),
    // which the build stores per row so that this is a comparison of columns.
    private const string KnownStatuses = "(@AsOf IS NULL OR s.known_on <= @AsOf)";

    private const string CurrentStatus = $"""
        current AS (
            SELECT s.* FROM project_statuses AS s
            WHERE {KnownStatuses}
              AND NOT EXISTS (SELECT 1 FROM project_statuses AS t
                              WHERE t.project_id = s.project_id AND (@AsOf IS NULL OR t.known_on <= @AsOf)
                                AND (t.order_first, t.order_last, t.known_on, t.position) > (s.order_first, s.order_last, s.known_on, s.position)))
        """;

    private const string RowColumns = "j.id AS Id, j.title AS Title, j.kind AS Kind, j.sector AS Sector, cur.status AS Status";

    private const string StatusHistorySql = $"""
        SELECT s.position AS Position, s.status AS Status, s.known_on AS KnownOn, s.asserted_by AS AssertedBy, s.note AS Note,
               {DateColumns}
        FROM project_statuses AS s
        WHERE s.project_id = @Id AND {KnownStatuses}
        ORDER BY s.order_first, s.order_last, s.known_on, s.position
        """;

    private const string DateColumns = """
        s.date_edtf AS Edtf, s.date_kind AS Kind, s.date_known AS Known, s.date_basis AS Basis, s.date_start AS Start,
        s.date_start_precision AS StartPrecision, s.date_end AS "End", s.date_end_precision AS EndPrecision
        """;

    private const string CurrentDateColumns = """
        cur.date_edtf AS Edtf, cur.date_kind AS Kind, cur.date_known AS Known, cur.date_basis AS Basis, cur.date_start AS Start,
        cur.date_start_precision AS StartPrecision, cur.date_end AS "End", cur.date_end_precision AS EndPrecision
        """;

    private const string ActorsOfSql = """
        SELECT pa.project_id AS ProjectId, a.id AS Id, a.name AS Name, a.kind AS Kind, pa.role AS Role
        FROM project_actors AS pa JOIN actors AS a ON a.id = pa.actor_id
        WHERE pa.project_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY pa.project_id, pa.position
        """;

    private const string EventsOfSql = """
        SELECT e.id AS Id, e.title AS Title, e.type AS Type, re.role AS Role
        FROM record_events AS re JOIN events AS e ON e.id = re.event_id
        WHERE re.record_kind = @Kind AND re.record_id = @Id
        ORDER BY re.position
        """;

    private const string AgreementsOfSql = """
        SELECT g.id AS Id, g.title AS Title, g.kind AS Kind, pg.role AS Role
        FROM project_agreements AS pg JOIN agreements AS g ON g.id = pg.agreement_id
        WHERE pg.project_id = @Id
        ORDER BY pg.position
        """;

    private const string ClaimsOfSql = """
        SELECT c.id AS Id, c.metric AS Metric, c.value AS Value, c.stated AS Stated, c.source_id AS SourceId
        FROM record_claims AS rc JOIN claims AS c ON c.id = rc.claim_id
        WHERE rc.record_kind = @Kind AND rc.record_id = @Id
        ORDER BY rc.position
        """;

    private const string InitiativesOfSql = """
        SELECT n.id AS Id, n.name AS Name, n.kind AS Kind
        FROM project_initiatives AS pi JOIN initiatives AS n ON n.id = pi.initiative_id
        WHERE pi.project_id = @Id
        ORDER BY pi.position
        """;

    private const string ByIdSql = $"""
        WITH {CurrentStatus}
        SELECT {RowColumns}, j.summary AS Summary, j.place_note AS PlaceNote, {CurrentDateColumns}
        FROM projects AS j LEFT JOIN current AS cur ON cur.project_id = j.id
        WHERE j.id = @Id
        """;

    public static PagedListSource<ProjectSummary> List(ProjectFilter filter) => new(
        filter.CursorScope,
        (db, page) => WithLinks(db, Rows(db, ListSql(filter, page), Parameters(filter, page))),
        db => db.ExecuteScalar<long>($"WITH {CurrentStatus} SELECT count(*) FROM projects AS j LEFT JOIN current AS cur ON cur.project_id = j.id {Conditions(filter)}", Parameters(filter, null)),
        p => (p.Title, p.Id),
        CursorKeys.Text,
        ProjectCsv.Columns);

    // Alphabetical by title; the id breaks ties.
    private static string ListSql(ProjectFilter filter, PageRequest page) => $"""
        WITH {CurrentStatus}
        SELECT {RowColumns}, {CurrentDateColumns}
        FROM projects AS j LEFT JOIN current AS cur ON cur.project_id = j.id
        {Conditions(filter).After(page, "j.title COLLATE NOCASE", "j.id", descending: false)}
        ORDER BY j.title COLLATE NOCASE, j.id
        LIMIT @Fetch
        """;

    private static Where Conditions(ProjectFilter f) => new Where()
        .When(f.Status is not null, "cur.status = @Status")
        .When(f.Kind is not null, "j.kind = @Kind")
        .When(f.Sector is not null, "j.sector = @Sector")
        .When(f.Actor is not null, "j.id IN (SELECT pa.project_id FROM project_actors AS pa WHERE pa.actor_id = @Actor)")
        .When(f.Place is not null, PlaceLinkQueries.Within("project", "j.id"))
        .When(f.Initiative is not null, "j.id IN (SELECT pi.project_id FROM project_initiatives AS pi WHERE pi.initiative_id = @Initiative)")
        .When(f.From is not null || f.To is not null, $"j.id IN (SELECT s.project_id FROM project_statuses AS s WHERE {KnownStatuses} AND {Window(f)})")
        .When(f.Match is not null, "j.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @Match AND kind = 'project')");

    // certain: every reading of the date touches the window (an unknown date never does); possible: some reading does.
    private static string Window(ProjectFilter f)
    {
        var (first, last) = f.Possible ? ("s.earliest_day", "s.latest_day") : ("s.certain_first", "s.certain_last");
        var conditions = new List<string> { $"{first} IS NOT NULL" };
        if (f.To is not null) conditions.Add($"{first} <= @To");
        if (f.From is not null) conditions.Add($"{last} >= @From");
        return string.Join(" AND ", conditions);
    }

    private static object Parameters(ProjectFilter f, PageRequest? page) => new
    {
        f.Status, f.Kind, f.Sector, f.Actor, f.Place, f.Initiative, f.From, f.To, f.AsOf, f.Match,
        page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    private sealed record ProjectRow(string Id, string Title, ProjectKind Kind, Topic Sector, ProjectStatus? Status);

    private sealed record DetailRow(string Id, string Title, ProjectKind Kind, Topic Sector, ProjectStatus? Status, string? Summary, string? PlaceNote);

    private sealed record StatusRow(int Position, ProjectStatus Status, DateOnly KnownOn, string? AssertedBy, string? Note);

    private static List<ProjectSummary> Rows(SqliteConnection db, string sql, object parameters) =>
        db.Query<ProjectRow, DateDetail?, ProjectSummary>(sql,
            (row, date) => new ProjectSummary(row.Id, row.Title, row.Kind, row.Sector, row.Status, row.Status is null ? null : date),
            parameters, splitOn: "Edtf").AsList();

    private static List<ProjectSummary> WithLinks(SqliteConnection db, List<ProjectSummary> projects)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var aliases = PlaceQueries.AliasesOf(db, "project", ids);
        var actors = ActorsOf(db, ids);
        var places = PlaceLinkQueries.Of(db, "project", ids);
        return projects.Select(p => p with { Aliases = aliases[p.Id].ToList(), Actors = actors[p.Id].ToList(), Places = places[p.Id].ToList() }).ToList();
    }

    public static ProjectDetail? Find(SqliteConnection db, string id, string? asOf)
    {
        var args = new { Id = id, AsOf = asOf };
        var detail = db.Query<DetailRow, DateDetail?, ProjectDetail>(ByIdSql,
            (row, date) => new ProjectDetail(row.Id, row.Title, row.Kind, row.Sector, row.Summary, row.PlaceNote, row.Status,
                row.Status is null ? null : date, asOf is null ? null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)),
            args, splitOn: "Edtf").SingleOrDefault();
        if (detail is null) return null;
        var linkArgs = new { Kind = "project", Id = id };
        return detail with
        {
            Aliases = PlaceQueries.AliasesOf(db, "project", [id])[id].ToList(),
            StatusHistory = db.Query<StatusRow, DateDetail, ProjectStatusEntry>(StatusHistorySql,
                (row, date) => new ProjectStatusEntry(row.Status, date, row.KnownOn, row.AssertedBy, row.Note)
                {
                    Evidence = EvidenceQueries.For(db, "project_status", $"{id}:{row.Position}"),
                }, args, splitOn: "Edtf").AsList(),
            Actors = ActorsOf(db, [id])[id].ToList(),
            Places = PlaceLinkQueries.Of(db, "project", id),
            Events = db.Query<RecordEvent>(EventsOfSql, linkArgs).AsList(),
            Agreements = db.Query<ProjectAgreement>(AgreementsOfSql, args).AsList(),
            Claims = db.Query<RecordClaim>(ClaimsOfSql, linkArgs).AsList(),
            Initiatives = db.Query<InitiativeRef>(InitiativesOfSql, args).AsList(),
            Evidence = EvidenceQueries.For(db, "project", id),
        };
    }

    /// <summary>Events and claims that a project or an initiative names (record_events, record_claims).</summary>
    public static IReadOnlyList<RecordEvent> EventsOf(SqliteConnection db, string kind, string id) => db.Query<RecordEvent>(EventsOfSql, new { Kind = kind, Id = id }).AsList();

    public static IReadOnlyList<RecordClaim> ClaimsOf(SqliteConnection db, string kind, string id) => db.Query<RecordClaim>(ClaimsOfSql, new { Kind = kind, Id = id }).AsList();

    private static ILookup<string, ProjectActor> ActorsOf(SqliteConnection db, string[] ids) =>
        db.Query<string, ProjectActor, (string ProjectId, ProjectActor Actor)>(
            ActorsOfSql, (projectId, actor) => (projectId, actor), new { Ids = IdList.Json(ids) }, splitOn: "Id")
            .ToLookup(a => a.ProjectId, a => a.Actor);
}
