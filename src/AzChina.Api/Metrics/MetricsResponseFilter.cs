using AzChina.Api.Paging;
using AzChina.Domain.Metrics;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Metrics;

/// <summary>
/// GET /metrics answers with the catalogue, or with a series when <c>name</c> is given. The endpoint
/// metadata can declare one 200 body only, so the document states both as <c>oneOf</c>.
/// </summary>
internal sealed class MetricsResponseFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId != MetricEndpoints.ListOperation) return;
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok!.Content is null) return;
        var catalogue = context.SchemaGenerator.GenerateSchema(typeof(Page<MetricSummary>), context.SchemaRepository);
        var series = context.SchemaGenerator.GenerateSchema(typeof(MetricSeries), context.SchemaRepository);
        if (ok.Content.TryGetValue("application/json", out var json))
            json.Schema = new OpenApiSchema { OneOf = [catalogue, series] };
        ok.Description = "The catalogue (a page of metrics) without `name`; the series of that metric with `name`.";
    }
}
