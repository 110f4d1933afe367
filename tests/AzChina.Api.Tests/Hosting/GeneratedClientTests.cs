using AzChina.Api.Tests.Infrastructure;
using AzChina.Client;

namespace AzChina.Api.Tests.Hosting;

/// <summary>The C# client NSwag generates from docs/openapi.json, used against the API as another app would.</summary>
public class GeneratedClientTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly AzChinaClient _client = new(factory.CreateClient()) { BaseUrl = "http://localhost/" };

    [Fact]
    public async Task ReadsTheTradeTurnoverSeriesWithItsClaims()
    {
        var series = await _client.GetMetricSeriesAsync("trade_turnover");

        Assert.Equal(Unit.USD, series.Unit);
        var y2024 = series.Observations.Single(o => o.Period == "2024");
        Assert.Equal(3_700_000_000d, y2024.Value);
        Assert.Equal(ClaimAgreement.Consistent, y2024.Agreement);
        Assert.Equal(4, y2024.Claims.Count);
        Assert.Contains(y2024.Claims, c => c.Qualifier == Qualifier.Approximately && c.PublishedOn == new DateOnly(2025, 4, 16));
        var q1 = series.Observations.Single(o => o.Period == "2025-Q1");
        Assert.Equal(Qualifier.Over, q1.Qualifier);
        Assert.Equal(1_000_000_000d, q1.LowerBound);
        Assert.Equal("over $1 billion", q1.Display);
    }

    [Fact]
    public async Task AsksForTheSeriesAsKnownOnADate()
    {
        var series = await _client.GetMetricSeriesAsync("trade_turnover", asOf: "2025-12-31");

        Assert.DoesNotContain(series.Observations, o => o.Period is null);
        Assert.Contains(series.Observations, o => o.Period == "2025-Q1");
    }

    [Fact]
    public async Task PagesThroughEventsWithTheCursor()
    {
        var first = await _client.ListEventsAsync(actor: ["ilham-aliyev"], sort: "date", limit: 3, includeTotal: true);
        var second = await _client.ListEventsAsync(actor: ["ilham-aliyev"], sort: "date", limit: 3, cursor: first.NextCursor);

        Assert.Equal(3, first.Items.Count);
        Assert.NotNull(first.Total);
        Assert.Empty(first.Items.Select(e => e.Id).Intersect(second.Items.Select(e => e.Id)));
        Assert.True(first.Items.Last().Date.Start <= second.Items.First().Date.Start);
        Assert.Contains(first.Items.Concat(second.Items), e => e.Type == EventType.Visit || e.Type == EventType.Meeting);
    }

    [Fact]
    public async Task FiltersByVocabulariesAsEnums()
    {
        var meetings = await _client.ListEventsAsync(type: EventType.Meeting, topic: Topic.Trade);
        var people = await _client.ListActorsAsync(kind: ActorKind.Government_body);
        var hits = await _client.SearchAsync("Aliyev", kind: RecordKind.Actor);

        Assert.NotEmpty(meetings.Items);
        Assert.All(meetings.Items, e => Assert.Equal(EventType.Meeting, e.Type));
        Assert.All(people.Items, a => Assert.Equal(ActorKind.Government_body, a.Kind));
        Assert.NotEmpty(hits.Items);
        Assert.All(hits.Items, h => Assert.Equal("actor", h.Kind));
    }

    [Fact]
    public async Task ReadsNullableVocabulariesAsNullableEnums()
    {
        var visa = await _client.GetAgreementAsync("visa-free-travel-agreement");
        var declaration = await _client.GetAgreementAsync("strategic-partnership-declaration-2024");

        Assert.Equal(AgreementStatus.Anticipated, visa.Status);
        Assert.Null(visa.Date.StartPrecision);
        Assert.Equal(DateKind.Unknown, visa.Date.Kind);
        Assert.Equal(DateKnowledge.Not_given, visa.Date.Known);
        Assert.Equal(DatePrecision.Month, declaration.Date.StartPrecision);
    }

    [Fact]
    public async Task SurfacesA404AsATypedProblem()
    {
        var error = await Assert.ThrowsAsync<AzChinaApiException<ProblemDetails>>(() => _client.GetEventAsync("no-such-event"));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("no-such-event", error.Result.Detail);
    }

    [Fact]
    public async Task SurfacesA400AsATypedValidationProblem()
    {
        var error = await Assert.ThrowsAsync<AzChinaApiException<HttpValidationProblemDetails>>(
            () => _client.ListEventsAsync(limit: 0));

        Assert.Equal(400, error.StatusCode);
        Assert.True(error.Result.Errors.ContainsKey("limit"));
    }
}
