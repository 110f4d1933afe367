using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// Declares the responses every operation can give but no handler returns itself: 304 from the
/// output cache, 400 for an unknown query parameter (QueryParameters), 429 from the rate limiter,
/// and the headers of a 200 (ETag; Link on lists).
/// </summary>
internal sealed class StandardResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var cached = Caching.IsDatasetRead(context.ApiDescription.ActionDescriptor.EndpointMetadata);

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success && cached)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = Header("Strong entity tag: the dataset fingerprint and a hash of this representation. Send it in If-None-Match to revalidate.");
            if (context.MethodInfo.ReturnType.ToString().Contains("Page`1", StringComparison.Ordinal))
                // In a code span: Swagger UI renders descriptions as Markdown, where a bare <URL …> is an HTML tag and vanishes.
                success.Headers["Link"] = Header("`<URL of the next page>; rel=\"next\"`, absent on the last page.");
        }
        if (cached)
            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not Modified: the If-None-Match ETag is current; no body." });
        // Operations with parameters of their own already describe their 400.
        operation.Responses.TryAdd("400", new OpenApiResponse
        {
            Description = "Bad Request: a query parameter this operation does not take.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });
        operation.Responses.TryAdd("429", new OpenApiResponse
        {
            Description = "Too Many Requests: this client address exceeded its rate limit; retry after Retry-After seconds.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before retrying.", JsonSchemaType.Integer) },
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
