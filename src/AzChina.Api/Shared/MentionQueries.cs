using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>The actors a record mentions (db/0004_links.sql), with their role in it.</summary>
internal static class MentionQueries
{
    private const string OfSql = """
        SELECT a.id AS Id, a.name AS Name, a.kind AS Kind, m.role AS Role
        FROM record_mentions AS m
        JOIN actors AS a ON a.id = m.actor_id
        WHERE m.record_kind = @Kind AND m.record_id = @Id
        ORDER BY m.position
        """;

    public static List<ActorRole> Of(SqliteConnection db, string kind, string id) => db.Query<ActorRole>(OfSql, new { Kind = kind, Id = id }).AsList();
}
