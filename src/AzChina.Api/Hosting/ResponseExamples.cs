using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AzChina.Api.Hosting;

/// <summary>The <c>OpenApi</c> configuration section.</summary>
public sealed class OpenApiSettings
{
    public const string Section = "OpenApi";

    /// <summary>Folder of response examples: <c>{operationId}.json</c> holding <c>{ "request": url, "response": body }</c>.</summary>
    public string ExamplesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "examples");
}

/// <summary>
/// Shows a real response as the example of an operation's 200. The examples are captured from the
/// API over the real data (docs/examples), and a test keeps them equal to what the API answers.
/// </summary>
internal sealed class ResponseExamples(IOptions<OpenApiSettings> settings) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var file = Path.Combine(settings.Value.ExamplesPath, $"{operation.OperationId}.json");
        if (!File.Exists(file)) return;
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok!.Content?.TryGetValue("application/json", out var json) != true) return;
        var example = JsonNode.Parse(File.ReadAllText(file))!["response"];
        json!.Example = example?.DeepClone();
    }
}
