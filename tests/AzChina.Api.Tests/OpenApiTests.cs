using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

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

    [Fact]
    public async Task EveryParameterHasADescription()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var parameters = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Value.GetProperty("parameters").EnumerateArray().Select(p => (Operation: o.Value.Str("operationId"), Parameter: p)));
        Assert.All(parameters, p => Assert.True(p.Parameter.TryGetProperty("description", out var d) && d.GetString()!.Length > 10,
            $"{p.Operation}: parameter {p.Parameter.Str("name")} has no description"));
    }

    [Fact]
    public async Task EveryParameterButTheCursorHasAnExampleAndLimitItsBounds()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var parameters = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(o => o.Value.TryGetProperty("parameters", out _))
            .SelectMany(o => o.Value.GetProperty("parameters").EnumerateArray().Select(p => (Operation: o.Value.Str("operationId"), Parameter: p)))
            .ToList();
        Assert.All(parameters.Where(p => p.Parameter.Str("name") != "cursor"),
            p => Assert.True(p.Parameter.TryGetProperty("example", out _), $"{p.Operation}: parameter {p.Parameter.Str("name")} has no example"));
        var limit = parameters.First(p => p.Parameter.Str("name") == "limit").Parameter.GetProperty("schema");
        Assert.Equal(1, limit.GetProperty("minimum").GetInt32());
        Assert.Equal(500, limit.GetProperty("maximum").GetInt32());
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
