using Microsoft.Data.Sqlite;

namespace AzChina.Data;

/// <summary>
/// Writes what the API serves into the representation tables at build time (issue 15,
/// db/0006_representations.sql). The API supplies it, so the stored JSON comes from the very queries,
/// DTOs and serializer options that compute it per request: one definition of the shape.
/// </summary>
public interface IRepresentationRenderer
{
    /// <summary>
    /// The code that renders (the API with the building code). A database is rebuilt when it changes,
    /// and served stored only by the code that rendered it (<see cref="ReadOnlyDatabase.ServesStored"/>).
    /// </summary>
    string CodeVersion { get; }

    /// <summary>
    /// The rendering of the committed records read through <paramref name="records"/>, cut into parts that need nothing of
    /// each other: any number of threads may render them, in any order, each through connections of its own.
    /// </summary>
    IReadOnlyList<RepresentationPart> Parts(SqliteConnection records);

    /// <summary>
    /// Renders the parts <paramref name="next"/> hands out, until it hands out none, from the records read through
    /// <paramref name="records"/> into <paramref name="writer"/>'s transaction; throws <see cref="OperationCanceledException"/>
    /// between parts once <paramref name="stop"/> is cancelled.
    /// </summary>
    void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Func<RepresentationPart?> next, CancellationToken stop);
}

/// <summary>
/// A part of the rendering: the records of <paramref name="Kind"/> whose search_rowid is <paramref name="First"/> to
/// <paramref name="Last"/>, or, for a kind not numbered so (the metrics' series), all of it.
/// </summary>
public sealed record RepresentationPart(string Kind, long First = 0, long Last = 0);
