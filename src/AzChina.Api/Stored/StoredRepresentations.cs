using System.Text.Json;
using AzChina.Api.Actors;
using AzChina.Api.Agreements;
using AzChina.Api.Events;
using AzChina.Api.Hosting;
using AzChina.Api.Metrics;
using AzChina.Api.Paging;
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

    // Records read a batch at a time, through the lists' own keyset paging.
    private const int Batch = 500;

    public string CodeVersion => Shared.CodeVersion.Value;

    /// <summary>The kind a record's detail is stored under; its summary is stored under <paramref name="kind"/> itself.</summary>
    public static string Detail(string kind) => kind + ".detail";

    public void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Action<string>? progress, CancellationToken stop)
    {
        using var insert = new Insert(records, writer, transaction);
        Records(records, insert, "event", EventQueries.List(new EventFilter(DateFilter.None, [], null, null, null, null, Descending: true)), EventQueries.Details, stop);
        progress?.Invoke("events rendered");
        Records(records, insert, "actor", ActorQueries.List(new ActorFilter(null, null, null)), ActorQueries.Details, stop);
        Records(records, insert, "agreement", AgreementQueries.List(new AgreementFilter(DateFilter.None, null, null, [], null, Descending: true)), AgreementQueries.Details, stop);
        foreach (var name in MetricQueries.Names(records))
            insert.Add(Series, name, MetricSeriesReader.Read(records, MetricQueries.Find(records, name)!, SeriesFilter.Everything));
        progress?.Invoke("actors, agreements and series rendered");
    }

    // A batch's details are read together, a query per part of the detail (the same reader a request's Find uses with one id):
    // a query per part and record cost over 18 minutes at a million events.
    private static void Records<TSummary, TDetail>(SqliteConnection db, Insert insert, string kind, PagedListSource<TSummary> list,
        Func<SqliteConnection, string[], Dictionary<string, TDetail>> details, CancellationToken stop)
    {
        var page = new PageRequest(Batch, null, null);
        while (true)
        {
            stop.ThrowIfCancellationRequested();
            var fetched = list.Fetch(db, page);
            var records = fetched.Take(Batch).ToList();
            var detailOf = details(db, records.Select(r => list.Position(r).Id).ToArray());
            foreach (var record in records)
            {
                var id = list.Position(record).Id;
                insert.Add(kind, id, record);
                insert.Add(Detail(kind), id, detailOf[id]);
            }
            if (fetched.Count <= Batch) return;
            var (key, last) = list.Position(fetched[Batch - 1]);
            page = page with { AfterKey = key, AfterId = last };
        }
    }

    /// <summary>
    /// The prepared statements, reused for every row: a listed record under its search_rowid (db/0006_representations.sql),
    /// looked up in the committed records, since the JSON may be written to another file (RepresentationsAside); anything
    /// else under its kind and id.
    /// </summary>
    private sealed class Insert : IDisposable
    {
        // The listed kinds and the table whose search_rowid keys each.
        private static readonly Dictionary<string, string> ListedTables = new() { ["event"] = "events", ["agreement"] = "agreements", ["actor"] = "actors" };

        private readonly SqliteConnection _records;
        private readonly Dictionary<string, (SqliteCommand Command, SqliteParameter Id)> _numberOf = [];
        private readonly SqliteCommand _command, _listed;
        private readonly SqliteParameter _kind, _id, _json, _listedRowid, _listedJson;

        public Insert(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction)
        {
            _records = records;
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
            var json = JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);
            if (!ListedTables.TryGetValue(kind, out var table))
            {
                (_kind.Value, _id.Value, _json.Value) = (kind, id, json);
                _command.ExecuteNonQuery();
                return;
            }
            if (!_numberOf.TryGetValue(kind, out var numberOf))
            {
                var command = Command(_records, null, $"SELECT search_rowid FROM {table} WHERE id = $id");
                _numberOf[kind] = numberOf = (command, command.Parameters.Add("$id", SqliteType.Text));
                command.Prepare();
            }
            numberOf.Id.Value = id;
            // A record without its number would otherwise be stored under none, and never found.
            if (numberOf.Command.ExecuteScalar() is not long rowid)
                throw new InvalidOperationException($"The {kind} {id} has no search_rowid to store its JSON under.");
            (_listedRowid.Value, _listedJson.Value) = (rowid, json);
            _listed.ExecuteNonQuery();
        }

        private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? transaction, string sql)
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
            foreach (var numberOf in _numberOf.Values) numberOf.Command.Dispose();
        }
    }
}
