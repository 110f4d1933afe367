using System.ComponentModel;
using AzChina.Api.Csv;
using AzChina.Api.Data;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AzChina.Api.Metrics;

internal static class MetricEndpoints
{
    public const string ListOperation = "listMetrics";

    public static RouteGroupBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/metrics").WithTags("Metrics");

        group.MapGet("/", ListMetricsOrSeries)
            .WithName(ListOperation)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List metrics, or get one metric's series with ?name=")
            .WithDescription("Without `name`: the metric catalogue (name, label, unit, description, observation and claim counts, first and last period). " +
                             "With `name`: that metric's series, exactly as GET /metrics/{name}.");

        group.MapGet("/{name}", GetMetricSeries)
            .WithName("getMetricSeries")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get one metric's series")
            .WithDescription("One observation per period and direction, each with its preferred value, how far its claims agree, and every source's claim with its verbatim quote.");

        return group;
    }

    private static Results<Ok<Page<MetricSummary>>, Ok<MetricSeries>, CsvHttpResult, ValidationProblem, ProblemHttpResult> ListMetricsOrSeries(
        HttpContext http, ReadOnlyDatabase database, [AsParameters] PageParameters paging,
        [Example("trade_turnover"), Description("A metric name (snake_case), e.g. trade_turnover: answer with that metric's series instead of the catalogue.")] string? name = null)
    {
        if (name is not null)
        {
            var (series, notFound) = FindSeries(database, name);
            return series is not null ? TypedResults.Ok(series) : notFound!;
        }
        return PagedList.Serve(http, database, paging, MetricQueries.Catalogue).Result switch
        {
            Ok<Page<MetricSummary>> page => page,
            CsvHttpResult csv => csv,
            var problem => (ValidationProblem)problem,
        };
    }

    private static Results<Ok<MetricSeries>, ProblemHttpResult> GetMetricSeries(
        ReadOnlyDatabase database,
        [Description("Metric name (snake_case), e.g. trade_turnover."), Example("trade_turnover")] string name)
    {
        var (series, notFound) = FindSeries(database, name);
        return series is not null ? TypedResults.Ok(series) : notFound!;
    }

    /// <summary>The series, or a 404 whose detail lists the known metric names.</summary>
    private static (MetricSeries? Series, ProblemHttpResult? NotFound) FindSeries(ReadOnlyDatabase database, string name)
    {
        using var db = database.Open();
        var metric = MetricQueries.Find(db, name);
        return metric is null
            ? (null, Problems.NotFound("Metric", name, $"There is no metric named '{name}'. Known metrics: {string.Join(", ", MetricQueries.Names(db))}."))
            : (SeriesBuilder.Build(metric, MetricQueries.Claims(db, name)), null);
    }
}
