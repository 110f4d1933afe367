using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// A newcomer's first click in Swagger UI: "Try it out" fills each parameter with its example, else its
/// schema default, leaves the rest empty (unsent), and "Execute" sends that. Every operation, called
/// exactly so, must answer 2xx with something to see.
/// </summary>
public class TryItOutTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<string> CommittedPaths()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "openapi.json")));
        return document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
    }

    public static TheoryData<string> Operations() => new(CommittedPaths());

    /// <summary>The URL Swagger UI builds: path parameters replaced, query parameters in document order.</summary>
    private static string PreFilled(JsonElement document, string path)
    {
        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var query = new List<string>();
        foreach (var parameter in operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : default)
        {
            var value = parameter.TryGetProperty("example", out var example) ? example
                : Resolve(document, parameter.GetProperty("schema")).TryGetProperty("default", out var fallback) ? fallback
                : (JsonElement?)null;
            var name = parameter.Str("name");
            if (value is not { } filled)
            {
                Assert.False(parameter.TryGetProperty("required", out var required) && required.GetBoolean(), $"{path}: required {name} has nothing to fill in");
                continue;
            }
            var values = filled.ValueKind == JsonValueKind.Array ? filled.EnumerateArray().Select(Text).ToList() : [Text(filled)];
            if (parameter.Str("in") == "path") path = path.Replace($"{{{name}}}", Uri.EscapeDataString(values.Single()));
            else query.AddRange(values.Select(v => $"{name}={Uri.EscapeDataString(v)}"));
        }
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EveryOperationAsPreFilledAnswersWithContent(string path)
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");
        var url = PreFilled(document, path);

        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        switch (response.Content.Headers.ContentType?.MediaType)
        {
            case "application/json":
                var json = JsonDocument.Parse(body).RootElement;
                // A page with no items, or a series with no observations, shows a newcomer nothing.
                if (json.TryGetProperty("items", out var items)) Assert.True(items.GetArrayLength() > 0, $"GET {url}: no items");
                if (json.TryGetProperty("observations", out var observations)) Assert.True(observations.GetArrayLength() > 0, $"GET {url}: no observations");
                Assert.True(json.EnumerateObject().Any(), $"GET {url}: an empty object");
                break;
            case "image/svg+xml":
                Assert.Contains("class=\"mark\"", System.Text.Encoding.UTF8.GetString(body));
                break;
            default:
                Assert.True(body.Length > 1000, $"GET {url}: {body.Length} bytes of {response.Content.Headers.ContentType}");
                break;
        }
    }

    [Fact]
    public async Task TheCommittedDocumentIsTheServedOne()
    {
        // The operations above are read from docs/openapi.json, and the calls from the served document.
        var served = await _client.GetJson("/swagger/v1/swagger.json");
        Assert.Equal(served.GetProperty("paths").EnumerateObject().Select(p => p.Name), CommittedPaths());
    }
}
