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
    public const string CsvDescription =
        "RFC 4180 CSV, UTF-8, with a header row; lists are joined with \"; \". Asked for with format=csv it is a file to save " +
        "(Content-Disposition: attachment) that starts with a UTF-8 byte order mark, so that spreadsheets read it as UTF-8; " +
        "asked for with Accept: text/csv it is the bare CSV, for programs.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.MethodInfo.ReturnType.GetGenericArguments().Contains(typeof(CsvHttpResult))) return;
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content[ResponseFormats.CsvMediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = CsvDescription },
        };
    }
}
