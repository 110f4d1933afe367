using AzChina.Api.Paging;
using AzChina.Domain.Vocabularies;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Agreements;

internal static class AgreementQueries
{
    private const string SelectColumns = """
        g.id AS Id, g.title AS Title, g.kind AS Kind, g.status AS Status, g.date_start AS Date,
        g.date_precision AS DatePrecision, g.date_inferred AS DateInferred, g.date_note AS DateNote, g.location AS Location,
        g.location_country AS LocationCountry, g.event_id AS EventId, g.summary AS Summary, g.assertion AS Assertion,
        g.asserted_by AS AssertedBy
        """;

    // Newest first, undated (anticipated) agreements last: '' sorts below every date, and the id breaks ties.
    private const string ListSql = $"""
        SELECT {SelectColumns}
        FROM agreements AS g
        WHERE @AfterId IS NULL
           OR ifnull(g.date_start, '') < @AfterKey
           OR (ifnull(g.date_start, '') = @AfterKey AND g.id < @AfterId)
        ORDER BY ifnull(g.date_start, '') DESC, g.id DESC
        LIMIT @Fetch
        """;

    private const string ByIdSql = $"""
        SELECT {SelectColumns}
        FROM agreements AS g
        WHERE g.id = @Id
        """;

    private const string PartiesOfSql = """
        SELECT p.agreement_id AS AgreementId, a.id AS Id, a.name AS Name, a.kind AS Kind
        FROM agreement_parties AS p
        JOIN actors AS a ON a.id = p.actor_id
        WHERE p.agreement_id IN @AgreementIds
        ORDER BY p.agreement_id, p.position
        """;

    private const string EventOfSql = """
        SELECT id AS Id, date_start AS Date, date_precision AS DatePrecision, type AS Type, title AS Title, CAST(NULL AS TEXT) AS Role
        FROM events
        WHERE id = @EventId
        """;

    public static IReadOnlyList<AgreementSummary> List(SqliteConnection db, PageRequest page)
    {
        var rows = db.Query<AgreementRow>(ListSql, new { page.AfterKey, page.AfterId, Fetch = page.Limit + 1 }).AsList();
        var parties = PartiesFor(db, rows);
        return rows.Select(r => new AgreementSummary(
            r.Id, r.Title, Columns.Vocab<AgreementKind>(r.Kind), Columns.Vocab<AgreementStatus>(r.Status),
            Columns.OptionalDate(r.Date), Columns.OptionalVocab<DatePrecision>(r.DatePrecision), r.DateInferred != 0,
            r.Location, r.LocationCountry, r.EventId, r.Summary, parties[r.Id].Select(p => p.ToLink()).ToList(),
            Columns.Vocab<Assertion>(r.Assertion), r.AssertedBy)).ToList();
    }

    public static AgreementDetail? Find(SqliteConnection db, string id)
    {
        var r = db.QuerySingleOrDefault<AgreementRow>(ByIdSql, new { Id = id });
        if (r is null) return null;
        var parties = PartiesFor(db, [r]);
        var linkedEvent = r.EventId is null ? null : db.QuerySingle<EventLinkRow>(EventOfSql, new { r.EventId }).ToLink();
        return new AgreementDetail(
            r.Id, r.Title, Columns.Vocab<AgreementKind>(r.Kind), Columns.Vocab<AgreementStatus>(r.Status),
            Columns.OptionalDate(r.Date), Columns.OptionalVocab<DatePrecision>(r.DatePrecision), r.DateInferred != 0,
            r.DateNote, r.Location, r.LocationCountry, r.Summary, parties[r.Id].Select(p => p.ToLink()).ToList(), linkedEvent,
            Columns.Vocab<Assertion>(r.Assertion), r.AssertedBy, EvidenceQueries.For(db, "agreement", id));
    }

    private static ILookup<string, PartyRow> PartiesFor(SqliteConnection db, IReadOnlyList<AgreementRow> rows) =>
        db.Query<PartyRow>(PartiesOfSql, new { AgreementIds = rows.Select(r => r.Id).ToArray() }).ToLookup(p => p.AgreementId);
}
