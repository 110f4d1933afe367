using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>The <c>OpenApi</c> configuration section.</summary>
public sealed class OpenApiSettings
{
    public const string Section = "OpenApi";

    /// <summary>
    /// Folder of response examples, each <c>{ "request": url, "response": body }</c>: <c>{operationId}.json</c>
    /// for the 200, <c>{operationId}.{status}.json</c> for an error, <c>any.{status}.json</c> for an error every operation can give.
    /// </summary>
    public string ExamplesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "examples");
}

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
