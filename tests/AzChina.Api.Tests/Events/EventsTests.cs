using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

public class EventsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListIsNewestFirstWithParticipantsAndTopics()
    {
        var page = await _client.GetJson("/events?limit=500");

        var dates = page.GetProperty("items").EnumerateArray().Select(e => e.Str("date")).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.True(dates.Count >= 20);
        var commission = page.GetProperty("items").EnumerateArray().Single(e => e.Str("id") == "commission-10th-meeting-2025-04-16");
        Assert.Equal("commission_session", commission.Str("type"));
        Assert.Contains(commission.GetProperty("participants").EnumerateArray(), p => p.Str("actorId") == "shahin-mustafayev");
        Assert.Contains(commission.GetProperty("topics").EnumerateArray(), t => t.GetString() == "trade");
    }

    [Fact]
    public async Task EventCarriesItsAgreementsAndVerbatimEvidence()
    {
        var commission = await _client.GetJson("/events/commission-10th-meeting-2025-04-16");

        Assert.Equal("2025-04-16", commission.Str("date"));
        Assert.Equal("day", commission.Str("datePrecision"));
        Assert.Contains("Baku", commission.Str("location"));
        var evidence = commission.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.Contains(evidence, e => e.Str("sourceId") == "trend-2025-04-16-commission");
        // The documents signed after the meeting belong to the signing event.
        var signing = await _client.GetJson("/events/commission-10th-meeting-signing-2025-04-16");
        var agreements = signing.GetProperty("agreements").EnumerateArray().Select(a => a.Str("id")).ToList();
        Assert.Equal(["commission-10th-meeting-protocol-2025", "investment-working-group-agreement-2025"], agreements.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AMonthPrecisionEventSaysSo()
    {
        var summit = await _client.GetJson("/events/astana-summit-2024-07");

        Assert.Equal("2024-07-01", summit.Str("date"));
        Assert.Equal("month", summit.Str("datePrecision"));
    }
}
