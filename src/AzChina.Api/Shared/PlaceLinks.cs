using System.ComponentModel;
using AzChina.Domain.Vocabularies;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Shared;

/// <summary>A place a record links, with what it is to the record and how that is known.</summary>
public sealed record PlaceLink(
    string Id,
    string Name,
    PlaceKind Kind,
    [property: Description("held_in (where an event took place), site (where a project is or goes on), route, destination, scope (the area a figure is about) or mentioned.")] PlaceRole Role,
    [property: Description("How the link is known: stated (the document names the place for it), assumed_from_dateline or inferred_from_text (see note).")] LocationBasis Basis,
    [property: Description("What a link that is not stated rests on.")] string? Note);

/// <summary>A place as another place names it (its parent, its children).</summary>
public sealed record PlaceRef(string Id, string Name, PlaceKind Kind);

internal static class PlaceLinkQueries
{
    private const string OfRecordsSql = """
        SELECT rp.record_id AS RecordId, p.id AS Id, p.name AS Name, p.kind AS Kind, rp.role AS Role, rp.basis AS Basis, rp.note AS Note
        FROM record_places AS rp
        JOIN places AS p ON p.id = rp.place_id
        WHERE rp.record_kind = @Kind AND rp.record_id IN (SELECT value FROM json_each(@Ids))
        ORDER BY rp.record_id, rp.position
        """;

    /// <param name="kind">event, claim, project or initiative.</param>
    public static ILookup<string, PlaceLink> Of(SqliteConnection db, string kind, string[] ids) =>
        db.Query<string, PlaceLink, (string RecordId, PlaceLink Place)>(
            OfRecordsSql, (recordId, place) => (recordId, place), new { Kind = kind, Ids = IdList.Json(ids) }, splitOn: "Id")
            .ToLookup(p => p.RecordId, p => p.Place);

    public static IReadOnlyList<PlaceLink> Of(SqliteConnection db, string kind, string id) => Of(db, kind, [id])[id].ToList();

    /// <summary>
    /// The records of a kind linked to a place or to any place within it (its children, theirs, …): the condition
    /// the lists' <c>place</c> filter adds. <paramref name="idColumn"/> is the list's record id column.
    /// </summary>
    public static string Within(string kind, string idColumn) => $"""
        {idColumn} IN (SELECT rp.record_id FROM record_places AS rp
                       WHERE rp.record_kind = '{kind}' AND rp.place_id IN (
                           WITH RECURSIVE within (id) AS (SELECT @Place UNION SELECT c.id FROM places AS c JOIN within AS w ON c.parent_id = w.id)
                           SELECT id FROM within))
        """;

    private const string KnownSql = "SELECT count(*) FROM places WHERE id = @Id";

    public static bool Exists(Data.ReadOnlyDatabase database, string id)
    {
        using var db = database.Open();
        return db.ExecuteScalar<long>(KnownSql, new { Id = id }) > 0;
    }
}
