using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// Gives every event, agreement and actor its search_rowid: its rowid in search_index and the rowid of its JSON as
/// listed (db/0006_representations.sql). Numbered with the records, before either is written: the representations are
/// rendered on a thread of their own while the search index is written (<see cref="RepresentationsAside"/>).
/// </summary>
internal static class RecordNumbers
{
    // An event's place in (sort_asc, id) order, which is also its rowid in the index (db/0001_schema.sql).
    // Only rows not numbered so already are written: the synthetic generator numbers its events itself.
    private const string NumberEventsSql = """
        UPDATE events SET search_rowid = ordered.n
        FROM (SELECT id, row_number() OVER (ORDER BY sort_asc, id) AS n FROM events) AS ordered
        WHERE events.id = ordered.id AND events.search_rowid IS NOT ordered.n
        """;

    // Agreements after the events, then actors, each in id order (the order they were indexed in before they
    // kept their number): the stored JSON of a listed record is found by it (db/0006_representations.sql).
    private const string NumberAgreementsAndActorsSql = """
        UPDATE agreements SET search_rowid = ordered.n
        FROM (SELECT id, (SELECT count(*) FROM events) + row_number() OVER (ORDER BY id) AS n FROM agreements) AS ordered
        WHERE agreements.id = ordered.id AND agreements.search_rowid IS NOT ordered.n;
        UPDATE actors SET search_rowid = ordered.n
        FROM (SELECT id, (SELECT count(*) FROM events) + (SELECT count(*) FROM agreements) + row_number() OVER (ORDER BY id) AS n FROM actors) AS ordered
        WHERE actors.id = ordered.id AND actors.search_rowid IS NOT ordered.n;
        """;

    /// <summary>The first number after those of every event, agreement and actor: the other kinds' rows in search_index follow.</summary>
    public static long FirstUnnumbered(SqliteConnection db, SqliteTransaction tx) =>
        db.ExecuteScalar<long>("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM actors) + 1",
            transaction: tx);

    public static void Write(SqliteConnection db, SqliteTransaction tx)
    {
        db.Execute(NumberEventsSql, transaction: tx);
        db.Execute(NumberAgreementsAndActorsSql, transaction: tx);
    }
}
