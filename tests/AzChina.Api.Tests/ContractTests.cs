using System.Text.Json;
using System.Text.Json.Nodes;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

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

    private readonly AzChinaApiFactory _factory = new()
    {
        Settings = new Dictionary<string, string?> { ["OpenApi:ExamplesPath"] = Examples },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheServedDocumentAndItsExamplesAreTheCommittedOnes()
    {
        var client = _factory.CreateClient();

        foreach (var file in Directory.GetFiles(Examples, "*.json").Order())
        {
            var example = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();
            var actual = JsonNode.Parse(await client.GetStringAsync((string)example["request"]!));
            if (Update)
            {
                example["response"] = actual;
                await File.WriteAllTextAsync(file, example.ToJsonString(Indented) + "\n");
            }
            Assert.True(JsonNode.DeepEquals(actual, example["response"]),
                $"{Path.GetFileName(file)} differs from GET {example["request"]}. If the change is intended, run AZCHINA_UPDATE_CONTRACT=1 dotnet test --filter ContractTests and review the diff.");
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
