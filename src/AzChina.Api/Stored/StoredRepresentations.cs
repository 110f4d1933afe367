using System.Text.Json;
using AzChina.Api.Actors;
using AzChina.Api.Agreements;
using AzChina.Api.Events;
using AzChina.Api.Hosting;
using AzChina.Api.Metrics;
using AzChina.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Stored;

/// <summary>
/// Renders what the API serves into the database at build time (issue 15): every event, actor and
/// agreement as listed and in detail, and every metric's unfiltered series, read through the same
/// queries and serialised with the same options as a request would be. The serving path then reads
/// the stored bytes; the byte-identity tests hold the two paths to the same answer.
/// </summary>
internal sealed class StoredRepresentations : IRepresentationRenderer
{
    public const string Series = "metric.series";

    // Records read a batch at a time: a part of the rendering.
    private const int Batch = 500;

    // The listed kinds, each with the table that numbers its records (search_rowid, src/AzChina.Data/RecordNumbers.cs).
    private static readonly (string Kind, string Table)[] Listed = [("event", "events"), ("agreement", "agreements"), ("actor", "actors")];

    public string CodeVersion => Shared.CodeVersion.Value;

    /// <summary>The kind a record's detail is stored under; its summary is stored under <paramref name="kind"/> itself.</summary>
    public static string Detail(string kind) => kind + ".detail";

    /// <summary>The series, then each listed kind's records a batch of consecutive numbers at a time, in the order of their numbers.</summary>
    public IReadOnlyList<RepresentationPart> Parts(SqliteConnection records)
    {
        var parts = new List<RepresentationPart> { new(Series) };
        foreach (var (kind, table) in Listed)
        {
            var (first, last) = records.QuerySingle<(long?, long?)>($"SELECT min(search_rowid), max(search_rowid) FROM {table}");
            for (var from = first ?? 1; from <= (last ?? 0); from += Batch)
                parts.Add(new RepresentationPart(kind, from, Math.Min(from + Batch - 1, last!.Value)));
        }
        return parts.OrderBy(p => p.First).ToList();
    }

    public void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Func<RepresentationPart?> next, CancellationToken stop)
    {
        using var insert = new Insert(writer, transaction);
        while (next() is { } part)
        {
            stop.ThrowIfCancellationRequested();
            switch (part.Kind)
            {
                case Series:
                    foreach (var name in MetricQueries.Names(records))
                        insert.Add(Series, name, MetricSeriesReader.Read(records, MetricQueries.Find(records, name)!, SeriesFilter.Everything));
                    break;
                case "event": Records(records, insert, part, "events", EventQueries.Details, e => e.Listed()); break;
                case "agreement": Records(records, insert, part, "agreements", AgreementQueries.Details, a => a.Listed()); break;
                case "actor": Records(records, insert, part, "actors", ActorQueries.Details, a => a.Listed()); break;
                default: throw new InvalidOperationException($"No representation of a {part.Kind} is rendered.");
            }
        }
    }

    // A batch's details are read together, a query per part of the detail (the same reader a request's Find uses with one id):
    // a query per part and record cost over 18 minutes at a million events. The record as listed is the detail's own
    // summary: reading the list again for it took a sixth of the rendering.
    private static void Records<TDetail, TListed>(SqliteConnection db, Insert insert, RepresentationPart part, string table,
        Func<SqliteConnection, string[], Dictionary<string, TDetail>> details, Func<TDetail, TListed> listed)
    {
        var numbered = db.Query<(string Id, long Number)>(
            $"SELECT id, search_rowid FROM {table} WHERE search_rowid BETWEEN @First AND @Last ORDER BY search_rowid", part).AsList();
        var detailOf = details(db, numbered.Select(n => n.Id).ToArray());
        foreach (var (id, number) in numbered)
        {
            var detail = detailOf[id];
            insert.Listed(number, listed(detail));
            insert.Add(Detail(part.Kind), id, detail);
        }
    }

    /// <summary>
    /// The prepared statements, reused for every row: a listed record under its search_rowid (db/0006_representations.sql),
    /// anything else under its kind and id.
    /// </summary>
    private sealed class Insert : IDisposable
    {
        private readonly SqliteCommand _command, _listed;
        private readonly SqliteParameter _kind, _id, _json, _listedRowid, _listedJson;

        public Insert(SqliteConnection writer, SqliteTransaction transaction)
        {
            _command = Command(writer, transaction, "INSERT INTO representations (kind, id, json) VALUES ($kind, $id, $json)");
            _kind = _command.Parameters.Add("$kind", SqliteType.Text);
            _id = _command.Parameters.Add("$id", SqliteType.Text);
            _json = _command.Parameters.Add("$json", SqliteType.Blob);
            _command.Prepare();
            _listed = Command(writer, transaction, "INSERT INTO listed_representations (search_rowid, json) VALUES ($rowid, $json)");
            _listedRowid = _listed.Parameters.Add("$rowid", SqliteType.Integer);
            _listedJson = _listed.Parameters.Add("$json", SqliteType.Blob);
            _listed.Prepare();
        }

        public void Add<T>(string kind, string id, T value)
        {
            (_kind.Value, _id.Value, _json.Value) = (kind, id, JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options));
            _command.ExecuteNonQuery();
        }

        public void Listed<T>(long number, T value)
        {
            (_listedRowid.Value, _listedJson.Value) = (number, JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options));
            _listed.ExecuteNonQuery();
        }

        private static SqliteCommand Command(SqliteConnection db, SqliteTransaction transaction, string sql)
        {
            var command = db.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        public void Dispose()
        {
            _command.Dispose();
            _listed.Dispose();
        }
    }
}
