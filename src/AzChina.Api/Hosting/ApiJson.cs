using System.Text.Json;
using System.Text.Json.Serialization;

namespace AzChina.Api.Hosting;

/// <summary>
/// The API's JSON: the web defaults (camelCase) with vocabularies as their snake_case names. One place,
/// because the responses and the representations stored at build time (Stored/) must be the same bytes.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options) =>
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));

    /// <summary>
    /// What the HTTP JSON options hold: ASP.NET Core's own defaults for minimal APIs (the web defaults with its
    /// relaxed escaping, which writes "Azerbaijan–China" rather than "\u2013"), then <see cref="Configure"/>.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new Microsoft.AspNetCore.Http.Json.JsonOptions().SerializerOptions;
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
