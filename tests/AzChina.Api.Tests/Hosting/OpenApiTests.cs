using System.Net;
using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Tests.Hosting;

public class OpenApiTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task TheDocumentNamesEveryOperation()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var operationIds = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.Str("operationId")))
            .ToHashSet();
        string[] expected = ["listEvents", "getEvent", "listAgreements", "getAgreement", "listActors", "getActor",
            "listSources", "getSource", "listMetrics", "getMetricSeries", "getHealth"];
        Assert.Subset(operationIds, expected.ToHashSet());
    }

    [Fact]
    public async Task VocabulariesAreStringEnumsInTheDocument()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var actorKinds = schemas.GetProperty("ActorKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("government_body", actorKinds);
        var units = schemas.GetProperty("Unit").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("USD", units);
    }

    /// <summary>Every parameter of every operation, with the operation's id.</summary>
    private static List<(string Operation, JsonElement Parameter)> Parameters(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Value.GetProperty("parameters").EnumerateArray().Select(p => (Operation: o.Value.Str("operationId"), Parameter: p)))
            .ToList();

    [Fact]
    public async Task EveryParameterHasADescription()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var parameters = Parameters(document);
        Assert.All(parameters, p => Assert.True(p.Parameter.TryGetProperty("description", out var d) && d.GetString()!.Length > 10,
            $"{p.Operation}: parameter {p.Parameter.Str("name")} has no description"));
    }

    [Fact]
    public async Task EveryRequiredParameterHasAnExampleAndLimitItsBounds()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var parameters = Parameters(document);
        var required = parameters.Where(p => p.Parameter.TryGetProperty("required", out var r) && r.GetBoolean()).ToList();
        Assert.Contains(required, p => p.Operation == "search" && p.Parameter.Str("name") == "q");
        Assert.All(required, p => Assert.True(p.Parameter.TryGetProperty("example", out _), $"{p.Operation}: parameter {p.Parameter.Str("name")} has no example"));
        var limit = parameters.First(p => p.Parameter.Str("name") == "limit").Parameter.GetProperty("schema");
        Assert.Equal(1, limit.GetProperty("minimum").GetInt32());
        Assert.Equal(500, limit.GetProperty("maximum").GetInt32());
    }

    [Theory]
    [InlineData("/events", "type", typeof(EventType))]
    [InlineData("/events", "topic", typeof(Topic))]
    [InlineData("/agreements", "status", typeof(AgreementStatus))]
    [InlineData("/agreements", "kind", typeof(AgreementKind))]
    [InlineData("/actors", "kind", typeof(ActorKind))]
    [InlineData("/search", "kind", typeof(RecordKind))]
    public async Task VocabularyParametersListTheDomainVocabulary(string path, string name, Type vocabulary)
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var parameter = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.Str("name") == name);
        var reference = parameter.GetProperty("schema").Str("$ref");
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        var names = (IReadOnlyList<string>)typeof(Vocabulary<>).MakeGenericType(vocabulary).GetProperty("Names")!.GetValue(null)!;
        Assert.Equal(names, schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task NullableIsNeverWithoutATypeBesideIt()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        // OpenAPI 3.0.3: nullable has no effect unless type is given in the same schema.
        var untyped = Schemas(document).Where(s => s.Schema.TryGetProperty("nullable", out _) && !s.Schema.TryGetProperty("type", out _))
            .Select(s => s.Path).ToList();
        Assert.Empty(untyped);
        var datePrecision = document.GetProperty("components").GetProperty("schemas").GetProperty("DateDetail")
            .GetProperty("properties").GetProperty("startPrecision");
        Assert.Equal("#/components/schemas/DatePrecision", datePrecision.GetProperty("oneOf")[0].Str("$ref"));
        Assert.Equal(JsonValueKind.Null, datePrecision.GetProperty("oneOf")[1].GetProperty("enum")[0].ValueKind);
    }

    private static IEnumerable<(string Path, JsonElement Schema)> Schemas(JsonElement node, string path = "#")
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return (path, node);
            foreach (var child in node.EnumerateObject())
                foreach (var found in Schemas(child.Value, $"{path}/{child.Name}")) yield return found;
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
                foreach (var found in Schemas(item, $"{path}/{i++}")) yield return found;
        }
    }

    [Fact]
    public async Task ErrorsShowRealProblemsAsExamples()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var responses = document.GetProperty("paths").GetProperty("/events/{id}").GetProperty("get").GetProperty("responses");
        var notFound = responses.GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
        var tooMany = responses.GetProperty("429").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
        Assert.Equal("There is no event with id 'no-such-event'.", notFound.Str("detail"));
        Assert.Equal(429, tooMany.GetProperty("status").GetInt32());
        // Without an example, Swagger UI makes one up from the schema: "additionalProp1".
        var problems = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.GetProperty("responses").EnumerateObject().Select(r => (Operation: o.Value.Str("operationId"), Status: r.Name, Response: r.Value)))
            .Where(r => r.Response.TryGetProperty("content", out var c) && c.TryGetProperty("application/problem+json", out _))
            .ToList();
        Assert.True(problems.Count > 30);
        Assert.All(problems, p => Assert.True(p.Response.GetProperty("content").GetProperty("application/problem+json").TryGetProperty("example", out _),
            $"{p.Operation} {p.Status} has no example"));
    }

    [Fact]
    public async Task TheLinkHeaderIsDescribedInACodeSpanSoThatMarkdownKeepsTheUrl()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var link = document.GetProperty("paths").GetProperty("/events").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("headers").GetProperty("Link").Str("description");
        Assert.StartsWith("`<URL of the next page>; rel=\"next\"`", link);
    }

    [Fact]
    public async Task ListsDeclareBothJsonAndCsv()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var content = document.GetProperty("paths").GetProperty("/events").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.Equal("#/components/schemas/EventSummaryPage", content.GetProperty("application/json").GetProperty("schema").Str("$ref"));
        Assert.True(content.TryGetProperty("text/csv", out _));
    }

    [Fact]
    public async Task SwaggerUiIsServedAndTheRootRedirectsToIt()
    {
        using var root = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/swagger", root.Headers.Location?.ToString());

        using var ui = await _client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger-ui", await ui.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MetricsDeclaresBothTheCatalogueAndTheSeriesAsItsAnswer()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var ok = document.GetProperty("paths").GetProperty("/metrics").GetProperty("get").GetProperty("responses").GetProperty("200");
        var oneOf = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf")
            .EnumerateArray().Select(s => s.Str("$ref")).ToList();
        Assert.Equal(["#/components/schemas/MetricSummaryPage", "#/components/schemas/MetricSeries"], oneOf);
    }

    [Theory]
    [InlineData("/events/{id}")]
    [InlineData("/agreements/{id}")]
    [InlineData("/actors/{id}")]
    [InlineData("/sources/{id}")]
    [InlineData("/metrics/{name}")]
    [InlineData("/metrics")]
    public async Task LookupsDeclareTheir404Problem(string path)
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var notFound = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("404");
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }
}
