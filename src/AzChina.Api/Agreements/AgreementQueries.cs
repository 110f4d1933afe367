using AzChina.Api.Events;
using AzChina.Api.Paging;
using AzChina.Data;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Shared;
using AzChina.Api.Stored;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Agreements;

internal static class AgreementQueries
{
    // Dapper fills a record's constructor from the columns in its order: AgreementSummary's, then AgreementDetail's.
    // The date's columns come last, for Dapper to split them off into the record's DateDetail.
    private static readonly string SummaryColumns = $"""
        g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, g.location AS Location,
        g.location_country AS LocationCountry, g.summary AS Summary, g.assertion AS Assertion,
        g.asserted_by AS AssertedBy, g.location_basis AS LocationBasis, {DateSql.Columns("g")}
        """;

    private static readonly string ByIdsSql = $"""
        SELECT g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, g.date_note AS DateNote, g.location AS Location,
               g.location_country AS LocationCountry, g.summary AS Summary, g.assertion AS Assertion, g.asserted_by AS AssertedBy,
               g.location_basis AS LocationBasis, g.location_note AS LocationNote, {DateSql.Columns("g")}
        FROM agreements AS g
        WHERE g.id IN (SELECT value FROM json_each(@Ids))
        """;

    private const string PartiesOfSql = """
        SELECT p.agreement_id AS AgreementId, a.id AS Id, a.name AS Name, a.kind AS Kind
        FROM agreement_parties AS p
        JOIN actors AS a ON a.id = p.actor_id
        WHERE p.agreement_id IN (SELECT value FROM json_each(@AgreementIds))
        ORDER BY p.agreement_id, p.position
        """;

    private const string EventsOfSql = """
        SELECT l.agreement_id AS AgreementId, e.id AS Id, e.title AS Title, e.type AS Type, l.role AS Role
        FROM agreement_events AS l
        JOIN events AS e ON e.id = l.event_id
        WHERE l.agreement_id IN (SELECT value FROM json_each(@AgreementIds))
        ORDER BY l.agreement_id, l.position
        """;

    private const string ProjectsOfSql = """
        SELECT pg.agreement_id AS AgreementId, j.id AS Id, j.title AS Title, j.kind AS Kind, pg.role AS Role
        FROM project_agreements AS pg JOIN projects AS j ON j.id = pg.project_id
        WHERE pg.agreement_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY pg.agreement_id, j.title COLLATE NOCASE, j.id
        """;

    public static PagedListSource<AgreementSummary> List(AgreementFilter filter) => new(
        filter.CursorScope,
        (db, page) => WithPartiesAndEvents(db, db.Query<AgreementSummary, DateDetail, AgreementSummary>(ListSql(filter, page),
            (a, date) => a with { Date = date }, Parameters(filter, page), splitOn: DateSql.SplitOn).AsList()),
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM agreements AS g {Conditions(filter)}", Parameters(filter, null)),
        a => (DateOrder.Key(a.Date, filter.Descending), a.Id),
        CursorKeys.DateSortKey,
        AgreementCsv.Columns,
        // The key is the stored sort column the list orders by, which is what DateOrder.Key computes from the date.
        (db, page) => StoredRows.Read(db, ListSql(filter, page, StoredRows.Columns(filter.Descending ? "g.sort_desc" : "g.sort_asc", "g.id", "g.search_rowid")),
            Parameters(filter, page), page.Limit));

    // Undated agreements sort last in both directions: the stored key per direction does it (db/0001_schema.sql).
    // The id breaks ties.
    private static string ListSql(AgreementFilter filter, PageRequest page, string? columns = null)
    {
        var direction = filter.Descending ? "DESC" : "ASC";
        var key = filter.Descending ? "g.sort_desc" : "g.sort_asc";
        return $"""
            SELECT {columns ?? SummaryColumns}
            FROM agreements AS g
            {Conditions(filter).After(page, key, "g.id", filter.Descending)}
            ORDER BY {key} {direction}, g.id {direction}
            LIMIT @Fetch
            """;
    }

    private static Where Conditions(AgreementFilter f) => new Where()
        .Dates(f.Window, "g", f.Descending)
        .When(f.Status is not null, "g.status = @Status")
        .When(f.Kind is not null, "g.kind = @Kind")
        // From the actors' own index: an actor is in a few records, which a walk of every record would look for.
        .When(f.Actors.Count > 0, """
            g.id IN (SELECT p.agreement_id FROM agreement_parties AS p WHERE p.actor_id IN @Actors
                     GROUP BY p.agreement_id HAVING count(*) = @ActorCount)
            """)
        .When(f.Match is not null, "g.id IN (SELECT record_id FROM search_index WHERE search_index MATCH @Match AND kind = 'agreement')");

    private static object Parameters(AgreementFilter f, PageRequest? page) => new
    {
        From = f.Window.FromText, To = f.Window.ToText, f.Window.SortDescUpper, f.Status, f.Kind, f.Actors, ActorCount = f.Actors.Count, f.Match,
        page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    private static List<AgreementSummary> WithPartiesAndEvents(SqliteConnection db, IReadOnlyList<AgreementSummary> agreements)
    {
        var ids = agreements.Select(a => a.Id).ToArray();
        var parties = PartiesOf(db, ids);
        var events = EventsOf(db, ids);
        return agreements.Select(a => a with { Parties = parties[a.Id].ToList(), Events = events[a.Id].ToList() }).ToList();
    }

    public static AgreementDetail? Find(SqliteConnection db, string id) => Details(db, [id]).GetValueOrDefault(id);

    /// <summary>
    /// The details of a batch of agreements, by id, in a query per part rather than a query per part and agreement: the
    /// build stores every agreement's detail this way (StoredRepresentations), and <see cref="Find"/> reads one the same way.
    /// </summary>
    public static Dictionary<string, AgreementDetail> Details(SqliteConnection db, string[] ids)
    {
        var parameters = new { Ids = IdList.Json(ids) };
        var details = db.Query<AgreementDetail, DateDetail, AgreementDetail>(ByIdsSql, (a, date) => a with { Date = date }, parameters,
            splitOn: DateSql.SplitOn).AsList();
        if (details.Count == 0) return [];
        var parties = PartiesOf(db, ids);
        var events = EventsOf(db, ids);
        var mentions = MentionQueries.Of(db, "agreement", ids);
        var disputedBy = EventLinkQueries.DisputedBy(db, "agreement", ids);
        var projects = ByRecord.Query<AgreementProject>(db, ProjectsOfSql, parameters);
        var evidence = EvidenceQueries.For(db, "agreement", ids);
        return details.ToDictionary(d => d.Id, d => d with
        {
            Parties = parties[d.Id].ToList(),
            Events = events[d.Id].ToList(),
            Mentions = mentions[d.Id].ToList(),
            DisputedBy = disputedBy[d.Id].ToList(),
            Projects = projects[d.Id].ToList(),
            Evidence = evidence[d.Id].ToList(),
        }, StringComparer.Ordinal);
    }

    private static ILookup<string, AgreementEvent> EventsOf(SqliteConnection db, string[] agreementIds) =>
        db.Query<string, AgreementEvent, (string AgreementId, AgreementEvent Event)>(
            EventsOfSql, (agreementId, e) => (agreementId, e), new { AgreementIds = IdList.Json(agreementIds) }, splitOn: "Id")
            .ToLookup(e => e.AgreementId, e => e.Event);

    private static ILookup<string, ActorLink> PartiesOf(SqliteConnection db, string[] agreementIds) =>
        db.Query<string, ActorLink, (string AgreementId, ActorLink Party)>(
            PartiesOfSql, (agreementId, party) => (agreementId, party), new { AgreementIds = IdList.Json(agreementIds) }, splitOn: "Id")
            .ToLookup(p => p.AgreementId, p => p.Party);
}
