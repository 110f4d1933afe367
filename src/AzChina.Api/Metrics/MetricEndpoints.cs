using System.ComponentModel;
using System.Text;
using AzChina.Api.Data;
using AzChina.Api.Paging;
using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AzChina.Api.Metrics;

internal static class MetricEndpoints
{
    public const string ListOperation = "listMetrics";

    private const string IncludeDescription =
        "Set to `derived` (the only value accepted) to add values no source states but stated ones imply: the level a year earlier from a level " +
        "and its growth, year-on-year growth from two stated levels. They are flagged `derived: true` with `formula` and `derivedFrom`.";

    public static RouteGroupBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/metrics").WithTags("Metrics");

        group.MapGet("/", ListMetricsOrSeries)
            .WithName(ListOperation)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List metrics, or get one metric's series with ?name=")
            .WithDescription("Without `name`: the metric catalogue (name, label, unit, description, observation and claim counts, first and last period), " +
                             "counting only what was known at `asOf` if given; the series filters are refused there. " +
                             "With `name`: that metric's series, exactly as GET /metrics/{name}.");

        group.MapGet("/{name}", GetMetricSeries)
            .WithName("getMetricSeries")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one metric's series")
            .WithDescription("One observation per period and direction, each with its preferred value, how far its claims agree, its unit and display string, " +
                             "and every source's claim with its verbatim quote. Filter by knowledge date (asOf), period (from, to, latest) and direction " +
                             "(reporter, partner, subject); add derived values with include=derived.");

        group.MapGet("/{name}/chart.svg", GetMetricChart)
            .WithName("getMetricChart")
            .Produces<string>(StatusCodes.Status200OK, ChartSvg.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one metric's series as an SVG chart")
            .WithDescription("A self-contained SVG image of the reported series (derived values are never drawn): bars for USD, counts, km and percent, " +
                             "dots on an inverted axis for ranks; each observation labelled with its period, display value, a glyph where the source " +
                             "hedged (▲ lower bound, ▼ upper bound, ≈ approximately) and its number of sources. Takes the same filters as the series.");

        return group;
    }

    private static Results<Ok<Page<MetricSummary>>, Ok<MetricSeries>, ValidationProblem, ProblemHttpResult> ListMetricsOrSeries(
        ReadOnlyDatabase database,
        [AsParameters] SeriesParameters filters,
        [Description("A metric name (snake_case), e.g. trade_turnover: answer with that metric's series instead of the catalogue.")] string? name = null,
        [Description("Catalogue page size, 1–500 (default 50).")] int? limit = null,
        [Description("Opaque cursor from a previous catalogue page's nextCursor.")] string? cursor = null,
        [Description(IncludeDescription)] string? include = null)
    {
        if (name is not null) return Series(database, name, filters, include);

        // Filters of a series would silently do nothing on the catalogue: refuse them instead.
        var seriesOnly = filters.FirstSeriesOnlyParameter() ?? (include is not null ? "include" : null);
        if (seriesOnly is not null) return Problems.BadParameter(seriesOnly, "applies to one metric's series only: give name as well");
        var asOf = SeriesParameters.ParseAsOf(filters.AsOf);
        if (!asOf.IsValid) return Problems.BadParameter(asOf);

        // A cursor belongs to the catalogue as known at one date.
        var list = asOf.Value is { } date ? $"metrics:name:asOf={Columns.Iso(date)}" : "metrics:name";
        var catalogue = PagedList.Serve(database, limit, cursor, list, (db, page) => MetricQueries.Catalogue(db, page, asOf.Value), m => (null, m.Name));
        return catalogue.Result is Ok<Page<MetricSummary>> ok ? ok : (ValidationProblem)catalogue.Result;
    }

    private static Results<Ok<MetricSeries>, ValidationProblem, ProblemHttpResult> GetMetricSeries(
        ReadOnlyDatabase database,
        [AsParameters] SeriesParameters filters,
        [Description("Metric name (snake_case), e.g. trade_turnover.")] string name,
        [Description(IncludeDescription)] string? include = null)
    {
        var result = Series(database, name, filters, include);
        return result.Result switch
        {
            Ok<MetricSeries> ok => ok,
            ValidationProblem bad => bad,
            var other => (ProblemHttpResult)other,
        };
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> GetMetricChart(
        ReadOnlyDatabase database,
        [AsParameters] SeriesParameters filters,
        [Description("Metric name (snake_case), e.g. trade_turnover.")] string name)
    {
        var query = filters.Parse();
        if (!query.IsValid) return Problems.BadParameter(query);
        var (series, notFound) = FindSeries(database, name, query.Value!);
        return series is null ? notFound! : TypedResults.Text(ChartSvg.Render(series), ChartSvg.ContentType, Encoding.UTF8);
    }

    private static Results<Ok<Page<MetricSummary>>, Ok<MetricSeries>, ValidationProblem, ProblemHttpResult> Series(
        ReadOnlyDatabase database, string name, SeriesParameters filters, string? include)
    {
        var query = filters.Parse(include);
        if (!query.IsValid) return Problems.BadParameter(query);
        var (series, notFound) = FindSeries(database, name, query.Value!);
        return series is not null ? TypedResults.Ok(series) : notFound!;
    }

    /// <summary>The series, or a 404 whose detail lists the known metric names.</summary>
    private static (MetricSeries? Series, ProblemHttpResult? NotFound) FindSeries(ReadOnlyDatabase database, string name, SeriesQuery query)
    {
        using var db = database.Open();
        var metric = MetricQueries.Find(db, name);
        if (metric is null)
            return (null, Problems.NotFound("Metric", name, $"There is no metric named '{name}'. Known metrics: {string.Join(", ", MetricQueries.Names(db))}."));
        var pair = query.IncludeDerived ? PairOf(db, metric, query) : null;
        return (SeriesBuilder.Build(metric, MetricQueries.Claims(db, name, query), query, pair), null);
    }

    /// <summary>The level or growth metric that derivation needs beside this one, if the dataset has it (X and X_growth).</summary>
    private static PairedMetric? PairOf(Microsoft.Data.Sqlite.SqliteConnection db, MetricRow metric, SeriesQuery query)
    {
        var (level, growth) = Derivation.PairOf(metric.Name);
        var other = MetricQueries.Find(db, metric.Name == level ? growth : level);
        if (other is null) return null;
        var growthUnit = metric.Name == growth ? metric.Unit : other.Unit;
        if (Columns.Vocab<Unit>(growthUnit) != Unit.Percent) return null;
        return new PairedMetric(other, MetricQueries.Claims(db, other.Name, query));
    }
}
