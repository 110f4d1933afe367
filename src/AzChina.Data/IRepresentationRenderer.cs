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
    /// Renders the committed records read through <paramref name="records"/> into <paramref name="writer"/>'s transaction,
    /// throwing <see cref="OperationCanceledException"/> between batches once <paramref name="stop"/> is cancelled.
    /// </summary>
    void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Action<string>? progress, CancellationToken stop);
}
