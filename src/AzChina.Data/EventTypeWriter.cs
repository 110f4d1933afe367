using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>Fills event_types (db/0007_event_types.sql) from the records already written.</summary>
internal static class EventTypeWriter
{
    // UNION drops an event's term that repeats its own type or another source's word. Written in the
    // primary key's order, so the rows append to the table's B-tree rather than land all over it.
    private const string FillSql = """
        INSERT INTO event_types (type, sort_desc, sort_asc, event_id)
        SELECT type, sort_desc, sort_asc, id FROM events
        UNION
        SELECT t.type, e.sort_desc, e.sort_asc, e.id FROM event_type_terms AS t JOIN events AS e ON e.id = t.event_id
        ORDER BY 1, 2, 4
        """;

    public static void Write(SqliteConnection db, SqliteTransaction tx) => db.Execute(FillSql, transaction: tx);
}
