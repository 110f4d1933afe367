using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

internal static class EvidenceQueries
{
    private const string OfRecordsSql = """
        SELECT record_id AS RecordId,
               source_id AS SourceId,
               quote     AS Quote,
               speaker   AS Speaker
        FROM evidence
        WHERE record_kind = @Kind AND record_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY record_id, position
        """;

    /// <summary>The evidence of a batch of records of one kind (<see cref="ByRecord"/>).</summary>
    /// <param name="kind">actor, event, agreement, claim, place, project, project_status, initiative or framing.</param>
    public static ILookup<string, Evidence> For(SqliteConnection db, string kind, string[] ids) =>
        ByRecord.Query<Evidence>(db, OfRecordsSql, new { Kind = kind, Ids = IdList.Json(ids) }, splitOn: "SourceId");

    public static IReadOnlyList<Evidence> For(SqliteConnection db, string kind, string id) => For(db, kind, [id])[id].ToList();
}
