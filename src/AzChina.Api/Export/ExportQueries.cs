using System.ComponentModel;
using AzChina.Api.Actors;
using AzChina.Api.Agreements;
using AzChina.Api.Events;
using AzChina.Api.Initiatives;
using AzChina.Api.Places;
using AzChina.Api.Projects;
using AzChina.Api.Metrics;
using AzChina.Api.Sources;
using AzChina.Domain.Metrics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Export;

/// <summary>The whole dataset as one document: every record in full, with its evidence.</summary>
public sealed record DatasetDocument(
    [property: Description("Fingerprint of the seeds and migrations the data was built from.")] string Fingerprint,
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<ActorDetail> Actors,
    IReadOnlyList<EventDetail> Events,
    IReadOnlyList<AgreementDetail> Agreements,
    IReadOnlyList<MetricSeries> Metrics,
    IReadOnlyList<PlaceDetail> Places,
    IReadOnlyList<ProjectDetail> Projects,
    IReadOnlyList<InitiativeDetail> Initiatives);

internal static class ExportQueries
{
    private const string SourceIdsSql = "SELECT id FROM sources ORDER BY id";
    private const string ActorIdsSql = "SELECT id FROM actors ORDER BY id";
    private const string EventIdsSql = "SELECT id FROM events ORDER BY id";
    private const string AgreementIdsSql = "SELECT id FROM agreements ORDER BY id";
    private const string PlaceIdsSql = "SELECT id FROM places ORDER BY id";
    private const string ProjectIdsSql = "SELECT id FROM projects ORDER BY id";
    private const string InitiativeIdsSql = "SELECT id FROM initiatives ORDER BY id";

    // Record by record through the same queries as the single-record endpoints, so the export and
    // the API cannot disagree about a record.
    public static DatasetDocument Dataset(SqliteConnection db, string fingerprint) => new(
        fingerprint,
        db.Query<string>(SourceIdsSql).Select(id => SourceQueries.Summary(db, id)!).ToList(),
        db.Query<string>(ActorIdsSql).Select(id => ActorQueries.Find(db, id)!).ToList(),
        db.Query<string>(EventIdsSql).Select(id => EventQueries.Find(db, id)!).ToList(),
        db.Query<string>(AgreementIdsSql).Select(id => AgreementQueries.Find(db, id)!).ToList(),
        MetricQueries.Names(db)
            .Select(name => SeriesBuilder.Build(MetricQueries.Find(db, name)!, MetricQueries.Claims(db, name, SeriesFilter.Everything), PeriodFilter.None, asOf: null))
            .ToList(),
        db.Query<string>(PlaceIdsSql).Select(id => PlaceQueries.Find(db, id)!).ToList(),
        db.Query<string>(ProjectIdsSql).Select(id => ProjectQueries.Find(db, id, asOf: null)!).ToList(),
        db.Query<string>(InitiativeIdsSql).Select(id => InitiativeQueries.Find(db, id)!).ToList());
}
