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
