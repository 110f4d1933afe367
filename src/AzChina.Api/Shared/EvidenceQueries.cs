using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

internal static class EvidenceQueries
{
    private const string OfRecordSql = """
        SELECT source_id AS SourceId,
               quote     AS Quote,
               speaker   AS Speaker
        FROM evidence
        WHERE record_kind = @Kind AND record_id = @Id
        ORDER BY position
        """;

    /// <param name="kind">actor, event, agreement or claim.</param>
    public static IReadOnlyList<Evidence> For(SqliteConnection db, string kind, string id) =>
        db.Query<Evidence>(OfRecordSql, new { Kind = kind, Id = id }).AsList();
}
