using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;
using Microsoft.Data.Sqlite;

namespace AzChina.Api.Metrics;

/// <summary>A metric's series under a filter: what GET /metrics/{name} answers, and what the build stores unfiltered.</summary>
internal static class MetricSeriesReader
{
    public static MetricSeries Read(SqliteConnection db, Metric metric, SeriesFilter query)
    {
        var pair = query.IncludeDerived ? PairOf(db, metric, query) : null;
        var periods = new PeriodFilter(query.From, query.To, query.Latest, query.Match);
        return SeriesBuilder.Build(metric, MetricQueries.Claims(db, metric.Name, query), periods, query.AsOf, pair);
    }

    /// <summary>The level or growth metric that derivation needs beside this one, if the dataset has it (X and X_growth).</summary>
    private static PairedMetric? PairOf(SqliteConnection db, Metric metric, SeriesFilter query)
    {
        var (level, growth) = Derivation.PairOf(metric.Name);
        var other = MetricQueries.Find(db, metric.Name == level ? growth : level);
        if (other is null) return null;
        var growthUnit = metric.Name == growth ? metric.Unit : other.Unit;
        if (growthUnit != Unit.Percent) return null;
        return new PairedMetric(other, MetricQueries.Claims(db, other.Name, query));
    }
}
