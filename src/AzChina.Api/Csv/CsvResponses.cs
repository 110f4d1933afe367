using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Csv;

/// <summary>
/// Adds text/csv beside application/json to the 200 response of every endpoint that can answer
/// with a <see cref="CsvHttpResult"/>. Declared here rather than as endpoint metadata, which would
/// replace the JSON 200 instead of adding to it.
/// </summary>
internal sealed class CsvResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.MethodInfo.ReturnType.GetGenericArguments().Contains(typeof(CsvHttpResult))) return;
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content[ResponseFormats.CsvMediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV, UTF-8, with a header row; lists are joined with \"; \"." },
        };
    }
}
