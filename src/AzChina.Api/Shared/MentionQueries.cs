using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>The actors records mention (db/0004_links.sql), with their role in each, for a batch of records (<see cref="ByRecord"/>).</summary>
internal static class MentionQueries
{
    private const string OfSql = """
        SELECT m.record_id AS RecordId, a.id AS Id, a.name AS Name, a.kind AS Kind, m.role AS Role
        FROM record_mentions AS m
        JOIN actors AS a ON a.id = m.actor_id
        WHERE m.record_kind = @Kind AND m.record_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY m.record_id, m.position
        """;

    public static ILookup<string, ActorRole> Of(SqliteConnection db, string kind, string[] ids) =>
        ByRecord.Query<ActorRole>(db, OfSql, new { Kind = kind, Ids = IdList.Json(ids) });
}
