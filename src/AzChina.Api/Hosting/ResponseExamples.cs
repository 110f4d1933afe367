using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>
/// Shows real responses as the examples of an operation's 200 and of its problems (400, 404, 429), instead
/// of a sample made up from the schema (a problem's would be "additionalProp1"). The examples are captured
/// from the API over the real data (docs/examples), and ContractTests keeps them equal to what the API answers.
/// </summary>
internal sealed class ResponseExamples(IOptions<OpenApiSettings> settings) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var (file, mediaType) = status == "200"
                ? (Existing($"{operation.OperationId}.json"), "application/json")
                : (Existing($"{operation.OperationId}.{status}.json") ?? Existing($"any.{status}.json"), ProblemJsonWriter.ContentType);
            if (file is null || response.Content?.TryGetValue(mediaType, out var content) != true) continue;
            content!.Example = JsonNode.Parse(File.ReadAllText(file))!["response"]?.DeepClone();
        }
    }

    private string? Existing(string name) => Path.Combine(settings.Value.ExamplesPath, name) is var path && File.Exists(path) ? path : null;
}
