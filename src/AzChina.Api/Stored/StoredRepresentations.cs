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

    public void Write(SqliteConnection records, SqliteConnection writer, SqliteTransaction transaction, Action<string>? progress)
    {
        using var insert = new Insert(writer, transaction);
        Records(records, insert, "event", EventQueries.List(new EventFilter(DateFilter.None, [], null, null, null, null, Descending: true)), EventQueries.Find);
        progress?.Invoke("events rendered");
        Records(records, insert, "actor", ActorQueries.List(new ActorFilter(null, null, null)), ActorQueries.Find);
        Records(records, insert, "agreement", AgreementQueries.List(new AgreementFilter(DateFilter.None, null, null, [], null, Descending: true)), AgreementQueries.Find);
        foreach (var name in MetricQueries.Names(records))
            insert.Add(Series, name, MetricSeriesReader.Read(records, MetricQueries.Find(records, name)!, SeriesFilter.Everything));
        progress?.Invoke("actors, agreements and series rendered");
    }

    private static void Records<TSummary, TDetail>(SqliteConnection db, Insert insert, string kind, PagedListSource<TSummary> list,
        Func<SqliteConnection, string, TDetail?> find)
    {
        var page = new PageRequest(Batch, null, null);
        while (true)
        {
            var fetched = list.Fetch(db, page);
            foreach (var record in fetched.Take(Batch))
            {
                var id = list.Position(record).Id;
                insert.Add(kind, id, record);
                insert.Add(Detail(kind), id, find(db, id));
            }
            if (fetched.Count <= Batch) return;
            var (key, last) = list.Position(fetched[Batch - 1]);
            page = page with { AfterKey = key, AfterId = last };
        }
    }

    /// <summary>
    /// The prepared INSERTs, reused for every row: a listed record under its search_rowid, read from its table in the same
    /// statement; anything else under its kind and id (db/0006_representations.sql).
    /// </summary>
    private sealed class Insert : IDisposable
    {
        // The listed kinds and the table whose search_rowid keys each.
        private static readonly Dictionary<string, string> ListedTables = new() { ["event"] = "events", ["agreement"] = "agreements", ["actor"] = "actors" };

        private readonly SqliteConnection _db;
        private readonly SqliteTransaction _transaction;
        private readonly Dictionary<string, (SqliteCommand Command, SqliteParameter Id, SqliteParameter Json)> _listed = [];
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _kind, _id, _json;

        public Insert(SqliteConnection db, SqliteTransaction transaction)
        {
            (_db, _transaction) = (db, transaction);
            _command = Command("INSERT INTO representations (kind, id, json) VALUES ($kind, $id, $json)");
            _kind = _command.Parameters.Add("$kind", SqliteType.Text);
            _id = _command.Parameters.Add("$id", SqliteType.Text);
            _json = _command.Parameters.Add("$json", SqliteType.Blob);
            _command.Prepare();
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
            if (!_listed.TryGetValue(kind, out var listed))
            {
                var command = Command($"""
                    INSERT INTO listed_representations (rowid, json)
                    SELECT search_rowid, $json FROM {table} WHERE id = $id AND search_rowid IS NOT NULL
                    """);
                _listed[kind] = listed = (command, command.Parameters.Add("$id", SqliteType.Text), command.Parameters.Add("$json", SqliteType.Blob));
                command.Prepare();
            }
            (listed.Id.Value, listed.Json.Value) = (id, json);
            // A record without its number would otherwise be stored under none, and never found.
            if (listed.Command.ExecuteNonQuery() != 1) throw new InvalidOperationException($"The {kind} {id} has no search_rowid to store its JSON under.");
        }

        private SqliteCommand Command(string sql)
        {
            var command = _db.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            return command;
        }

        public void Dispose()
        {
            _command.Dispose();
            foreach (var listed in _listed.Values) listed.Command.Dispose();
        }
    }
}
