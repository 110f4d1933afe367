using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// The OpenAPI document and its response examples are committed (docs/), so that any change to the
/// contract is a reviewed diff. Set AZCHINA_UPDATE_CONTRACT=1 to rewrite them from the running API.
/// </summary>
public sealed class ContractTests : IDisposable
{
    private static readonly string Docs = Path.Combine(TestPaths.RepositoryRoot, "docs");
    private static readonly string Examples = Path.Combine(Docs, "examples");
    private static readonly bool Update = Environment.GetEnvironmentVariable("AZCHINA_UPDATE_CONTRACT") == "1";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    /// <summary>A problem's ids differ on every request: the committed ones are kept, the served ones only need to be there.</summary>
    private static readonly string[] PerRequest = ["traceId", "requestId"];

    private readonly AzChinaApiFactory _factory = new()
    {
        Settings = new Dictionary<string, string?> { ["OpenApi:ExamplesPath"] = Examples },
    };

    // The 429 example comes from a client of its own that used up the default limit (1200 a minute).
    private readonly AzChinaApiFactory _limited = new()
    {
        Settings = new Dictionary<string, string?> { ["OpenApi:ExamplesPath"] = Examples },
    };

    public void Dispose()
    {
        _factory.Dispose();
        _limited.Dispose();
    }

    [Fact]
    public async Task TheServedDocumentAndItsExamplesAreTheCommittedOnes()
    {
        var client = _factory.CreateClient();
        var limited = _limited.CreateClient();

        foreach (var file in Directory.GetFiles(Examples, "*.json").Order())
        {
            // {operationId}.json is a 200, {operationId}.{status}.json and any.{status}.json a problem.
            var parts = Path.GetFileNameWithoutExtension(file).Split('.');
            var status = parts.Length == 2 ? (HttpStatusCode)int.Parse(parts[1]) : HttpStatusCode.OK;
            var example = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
            var url = (string)example["request"]!;
            var from = status == HttpStatusCode.TooManyRequests ? limited : client;
            if (status == HttpStatusCode.TooManyRequests)
                for (var i = 0; i < 1200; i++) (await from.GetAsync(url)).EnsureSuccessStatusCode();
            using var response = await from.GetAsync(url);
            Assert.True(response.StatusCode == status, $"{Path.GetFileName(file)}: GET {url} answered {(int)response.StatusCode}, not {(int)status}");
            var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            // The seconds left in the rate limit's window depend on how fast the requests before were.
            var perRequest = status == HttpStatusCode.TooManyRequests ? [.. PerRequest, "detail"] : PerRequest;
            foreach (var id in perRequest.Where(id => actual[id] is not null))
                actual[id] = example["response"]?[id]?.DeepClone() ?? actual[id]!.DeepClone();
            if (Update)
            {
                example["response"] = actual.DeepClone();
                await File.WriteAllTextAsync(file, example.ToJsonString(Indented) + "\n");
            }
            Assert.True(JsonNode.DeepEquals(actual, example["response"]),
                $"{Path.GetFileName(file)} differs from GET {url}. If the change is intended, run AZCHINA_UPDATE_CONTRACT=1 dotnet test --filter ContractTests and review the diff.");
        }

        var committedPath = Path.Combine(Docs, "openapi.json");
        var served = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        if (Update) await File.WriteAllTextAsync(committedPath, served!.ToJsonString(Indented) + "\n");
        Assert.True(File.Exists(committedPath), "docs/openapi.json is missing: run AZCHINA_UPDATE_CONTRACT=1 dotnet test --filter ContractTests.");
        Assert.True(JsonNode.DeepEquals(served, JsonNode.Parse(await File.ReadAllTextAsync(committedPath))),
            "The served OpenAPI document differs from docs/openapi.json. If the change is intended, run " +
            "AZCHINA_UPDATE_CONTRACT=1 dotnet test --filter ContractTests and review the diff.");
    }
}
