using AzChina.Api.Paging;
using AzChina.Domain.Vocabularies;
using AzChina.Api.Shared;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Agreements;

internal static class AgreementQueries
{
    // Dapper fills a record's constructor from the columns in its order: AgreementSummary's, then AgreementDetail's.
    private const string SummaryColumns = """
        g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, g.date_start AS Date,
        g.date_precision AS DatePrecision, g.date_inferred AS DateInferred, g.location AS Location,
        g.location_country AS LocationCountry, g.event_id AS EventId, g.summary AS Summary, g.assertion AS Assertion,
        g.asserted_by AS AssertedBy, g.location_basis AS LocationBasis
        """;

    private const string ByIdSql = """
        SELECT g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, g.date_start AS Date,
               g.date_precision AS DatePrecision, g.date_inferred AS DateInferred, g.date_note AS DateNote, g.location AS Location,
               g.location_country AS LocationCountry, g.summary AS Summary, g.assertion AS Assertion, g.asserted_by AS AssertedBy,
               g.location_basis AS LocationBasis, g.location_note AS LocationNote
        FROM agreements AS g
        WHERE g.id = @Id
        """;

    private const string PartiesOfSql = """
        SELECT p.agreement_id AS AgreementId, a.id AS Id, a.name AS Name, a.kind AS Kind
        FROM agreement_parties AS p
        JOIN actors AS a ON a.id = p.actor_id
        WHERE p.agreement_id IN (SELECT value FROM json_each(@AgreementIds))
        ORDER BY p.agreement_id, p.position
        """;

    private const string EventOfSql = """
        SELECT e.id AS Id, e.date_start AS Date, e.date_precision AS DatePrecision, e.type AS Type, e.title AS Title
        FROM agreements AS g
        JOIN events AS e ON e.id = g.event_id
        WHERE g.id = @Id
        """;

    public static PagedListSource<AgreementSummary> List(AgreementFilter filter) => new(
        filter.CursorScope,
        (db, page) => WithParties(db, db.Query<AgreementSummary>(ListSql(filter, page), Parameters(filter, page)).AsList()),
        db => db.ExecuteScalar<long>($"SELECT count(*) FROM agreements AS g {Conditions(filter)}", Parameters(filter, null)),
        a => (a.Date is { } date ? IsoDates.Format(date) : UndatedKey(filter), a.Id),
        key => CursorKeys.IsoDate(key) || key == UndatedKey(filter),
        AgreementCsv.Columns);

    // Undated (anticipated) agreements sort last in both directions: their key is below every date
    // when newest come first, and above every date when oldest come first. The id breaks ties.
    private static string ListSql(AgreementFilter filter, PageRequest page)
    {
        var direction = filter.Descending ? "DESC" : "ASC";
        var key = filter.Descending ? "ifnull(g.date_start, '')" : "ifnull(g.date_start, '9999-99-99')";
        return $"""
            SELECT {SummaryColumns}
            FROM agreements AS g
            {Conditions(filter).After(page, key, "g.id", filter.Descending)}
            ORDER BY {key} {direction}, g.id {direction}
            LIMIT @Fetch
            """;
    }

    private static string UndatedKey(AgreementFilter filter) => filter.Descending ? "" : "9999-99-99";

    private static Where Conditions(AgreementFilter f) => new Where()
        .When(f.From is not null, "g.date_end >= @From")
        // Implied by the line above (no date spans more than a year), but lets the date index bound the walk.
        .When(f.From is not null, "g.date_start >= @EarliestStart")
        .When(f.To is not null, "g.date_start <= @To")
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
        f.From, EarliestStart = IsoDates.EarliestStartOfSpanEndingFrom(f.From), f.To, f.Status, f.Kind, f.Actors, ActorCount = f.Actors.Count, f.Match,
        page?.AfterKey, page?.AfterId, Fetch = (page?.Limit ?? 0) + 1,
    };

    private static List<AgreementSummary> WithParties(SqliteConnection db, IReadOnlyList<AgreementSummary> agreements)
    {
        var parties = PartiesOf(db, agreements.Select(a => a.Id).ToArray());
        return agreements.Select(a => a with { Parties = parties[a.Id].ToList() }).ToList();
    }

    public static AgreementDetail? Find(SqliteConnection db, string id)
    {
        var detail = db.QuerySingleOrDefault<AgreementDetail>(ByIdSql, new { Id = id });
        if (detail is null) return null;
        return detail with
        {
            Parties = PartiesOf(db, [id])[id].ToList(),
            Event = EventOf(db, id),
            Evidence = EvidenceQueries.For(db, "agreement", id),
        };
    }

    // An agreement's event link has no role. A NULL AS Role column has no declared type, so the driver calls
    // it a BLOB and Dapper finds no EventLink constructor for it: the link is read as a tuple instead.
    private static EventLink? EventOf(SqliteConnection db, string agreementId) =>
        db.Query<(string Id, DateOnly Date, DatePrecision DatePrecision, EventType Type, string Title)>(EventOfSql, new { Id = agreementId })
            .Select(e => new EventLink(e.Id, e.Date, e.DatePrecision, e.Type, e.Title, Role: null))
            .SingleOrDefault();

    private static ILookup<string, ActorLink> PartiesOf(SqliteConnection db, string[] agreementIds) =>
        db.Query<string, ActorLink, (string AgreementId, ActorLink Party)>(
            PartiesOfSql, (agreementId, party) => (agreementId, party), new { AgreementIds = IdList.Json(agreementIds) }, splitOn: "Id")
            .ToLookup(p => p.AgreementId, p => p.Party);
}
