using System.ComponentModel;
using System.Text;
using AzChina.Api.Csv;
using AzChina.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using AzChina.Api.Shared;
using AzChina.Api.Stored;
using AzChina.Domain.Metrics;
using AzChina.Domain.Vocabularies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

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

        // The series with no filters is stored at build time (issue 15), under /metrics?name= as under /metrics/{name}.
        group.MapGet("/", ListMetricsOrSeries)
            .AnsweredFromStore(StoredRepresentations.Series, "name", NoSuchMetric)
            .WithName(ListOperation)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List metrics, or get one metric's series with ?name=")
            .WithDescription("Without `name`: the metric catalogue (name, label, unit, description, observation and claim counts, first and last period), " +
                             "counting only what was known at `asOf` if given; the series filters are refused there. " +
                             "With `name`: that metric's series, exactly as GET /metrics/{name}; the paging parameters (limit, cursor, includeTotal) are refused there.");

        group.MapGet("/{name}", GetMetricSeries)
            .AnsweredFromStore(StoredRepresentations.Series, "name", NoSuchMetric)
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

    private static Results<Ok<Page<MetricSummary>>, Ok<MetricSeries>, CsvHttpResult, ValidationProblem, ProblemHttpResult> ListMetricsOrSeries(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] SeriesFilterParameters filters, [AsParameters] PageParameters paging,
        [Description("A metric name (snake_case), e.g. trade_turnover: answer with that metric's series instead of the catalogue.")] string? name = null,
        [Description(IncludeDescription)] string? include = null)
    {
        if (name is not null)
        {
            // Paging would silently do nothing on a series (one document): refuse it, as the catalogue refuses series filters.
            if (paging.FirstPagingParameter() is { } pagingOnly)
                return Problems.BadParameter(pagingOnly, "applies to the catalogue only: a series is not paged; leave out name or this parameter");
            return Series(http, database, name, filters, include, paging.Format).Result switch
            {
                Ok<MetricSeries> ok => ok,
                CsvHttpResult csv => csv,
                ValidationProblem bad => bad,
                var other => (ProblemHttpResult)other,
            };
        }

        // Filters of a series would silently do nothing on the catalogue: refuse them instead.
        var seriesOnly = filters.FirstSeriesOnlyParameter() ?? (include is not null ? "include" : null);
        if (seriesOnly is not null) return Problems.BadParameter(seriesOnly, "applies to one metric's series only: give name as well");
        var asOf = SeriesFilterParameters.ParseAsOf(filters.AsOf);
        if (!asOf.IsValid) return Problems.BadParameter(asOf);
        return PagedList.Serve(http, database, paging, MetricQueries.Catalogue(asOf.Value)).Result switch
        {
            Ok<Page<MetricSummary>> page => page,
            CsvHttpResult csv => csv,
            var problem => (ValidationProblem)problem,
        };
    }

    private static Results<Ok<MetricSeries>, CsvHttpResult, ValidationProblem, ProblemHttpResult> GetMetricSeries(
        HttpContext http, ReadOnlyDatabase database,
        [Description("Metric name (snake_case), e.g. trade_turnover."), Example("trade_turnover")] string name,
        [AsParameters] SeriesFilterParameters filters,
        [Description(IncludeDescription)] string? include = null,
        [FromQuery(Name = "format"), DefaultValue("json"), Description("Response format: json (default) or csv (one row per observation), a file to download that starts with a UTF-8 byte order mark for spreadsheets. `Accept: text/csv` selects the bare CSV, for programs.")] string? format = null)
        => Series(http, database, name, filters, include, format);

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> GetMetricChart(
        ReadOnlyDatabase database,
        [Description("Metric name (snake_case), e.g. trade_turnover."), Example("trade_turnover")] string name,
        [AsParameters] SeriesFilterParameters filters,
        [FromQuery(Name = "format"), DefaultValue("svg"), Description("Response format: svg, the only one a chart has (the default); any other value is a 400.")] string? format = null)
    {
        var svg = ResponseFormats.Only("svg", format);
        if (!svg.IsValid) return Problems.BadParameter(svg);
        var query = filters.Parse();
        if (!query.IsValid) return Problems.BadParameter(query);
        var (series, notFound) = FindSeries(database, name, query.Value!);
        return series is null ? notFound! : TypedResults.Text(ChartSvg.Render(series), ChartSvg.ContentType, Encoding.UTF8);
    }

    private static Results<Ok<MetricSeries>, CsvHttpResult, ValidationProblem, ProblemHttpResult> Series(
        HttpContext http, ReadOnlyDatabase database, string name, SeriesFilterParameters filters, string? include, string? format)
    {
        var responseFormat = ResponseFormats.Negotiate(http.Request, format);
        if (!responseFormat.IsValid) return Problems.BadParameter(responseFormat);
        var query = filters.Parse(include);
        if (!query.IsValid) return Problems.BadParameter(query);
        if (query.Value!.Place is { } place && !PlaceLinkQueries.Exists(database, place))
            return Problems.BadParameter("place", $"names no known place: '{place}'");
        var (series, notFound) = FindSeries(database, name, query.Value!);
        if (series is null) return notFound!;
        return responseFormat.Value == ResponseFormat.Json
            ? TypedResults.Ok(series)
            : new CsvHttpResult(MetricCsv.Series.Write(series.Observations), download: responseFormat.Value == ResponseFormat.CsvDownload);
    }

    /// <summary>The series, or a 404 whose detail lists the known metric names.</summary>
    private static (MetricSeries? Series, ProblemHttpResult? NotFound) FindSeries(ReadOnlyDatabase database, string name, SeriesFilter query)
    {
        using var db = database.Open();
        var metric = MetricQueries.Find(db, name);
        if (metric is null) return (null, NoSuchMetric(db, name));
        return (MetricSeriesReader.Read(db, metric, query), null);
    }

    /// <summary>The 404 for a name no metric has, with the names there are.</summary>
    private static ProblemHttpResult NoSuchMetric(SqliteConnection db, string name) =>
        Problems.NotFound("Metric", name, $"There is no metric named '{RequestParsers.Shown(name)}'. Known metrics: {string.Join(", ", MetricQueries.Names(db))}.");
}
