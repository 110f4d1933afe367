using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

public class EventsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListIsNewestFirstWithParticipantsAndTopics()
    {
        var page = await _client.GetJson("/events?limit=500");

        // Newest first by earliest day; the undated (no earliest day: "on or before ...") after them.
        var dates = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date")).ToList();
        var starts = dates.TakeWhile(d => d.GetProperty("start").ValueKind != System.Text.Json.JsonValueKind.Null).Select(d => d.Str("start")).ToList();
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
        Assert.All(dates.Skip(starts.Count), d => Assert.True(d.IsNull("start")));
        Assert.True(starts.Count >= 20);
        var commission = page.GetProperty("items").EnumerateArray().Single(e => e.Str("id") == "commission-10th-meeting-2025-04-16");
        Assert.Equal("commission_session", commission.Str("type"));
        Assert.Contains(commission.GetProperty("participants").EnumerateArray(), p => p.Str("actorId") == "shahin-mustafayev");
        Assert.Contains(commission.GetProperty("topics").EnumerateArray(), t => t.GetString() == "trade");
    }

    [Fact]
    public async Task EventCarriesItsAgreementsAndVerbatimEvidence()
    {
        var commission = await _client.GetJson("/events/commission-10th-meeting-2025-04-16");

        var date = commission.GetProperty("date");
        Assert.Equal("2025-04-16", date.Str("edtf"));
        // "held in Baku on April 16": the year is the report's, so resolved, with the reasoning.
        Assert.Equal("resolved", date.Str("known"));
        Assert.Contains("held in Baku on April 16", date.Str("basis"));
        Assert.Equal("day", date.Str("startPrecision"));
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
        var date = (await _client.GetJson("/events/astana-summit-2024-07")).GetProperty("date");

        Assert.Equal("2024-07", date.Str("edtf"));
        Assert.Equal("single", date.Str("kind"));
        Assert.Equal("2024-07-01", date.Str("start"));
        Assert.Equal("month", date.Str("startPrecision"));
        Assert.Equal("2024-07-01", date.Str("end"));
        Assert.True(date.IsNull("basis"));
    }

    [Fact]
    public async Task TheStateVisitIsARangeFromItsFirstDayToADayInApril()
    {
        // Review C8: a multi-day visit, not one day; it began on 22 April (OC Media) and was "in April" (AzerNews).
        var date = (await _client.GetJson("/events/aliyev-state-visit-china-2025-04")).GetProperty("date");

        Assert.Equal("2025-04-22/2025-04", date.Str("edtf"));
        Assert.Equal("range", date.Str("kind"));
        Assert.Equal("resolved", date.Str("known"));
        Assert.Equal("2025-04-22", date.Str("start"));
        Assert.Equal("2025-04-01", date.Str("end"));
        Assert.Equal("month", date.Str("endPrecision"));
    }

    [Fact]
    public async Task AnUndatedAssessmentOfTheDeclarationIsBoundedByTheVisitAndThePublication()
    {
        // It calls the declaration signed during the April 2025 visit a milestone, so it came after the visit began.
        var date = (await _client.GetJson("/events/aliyev-statement-china-ties-2025-achievement")).GetProperty("date");

        Assert.Equal("2025-04-22/2026-01-10", date.Str("edtf"));
        Assert.Equal("bounded", date.Str("kind"));
        Assert.Equal("not_given", date.Str("known"));
    }

    [Theory]
    // Review C1, C2, C9, C10: no date from outside the documents; bounds where the publication date gives them.
    [InlineData("aliyev-statement-china-driver-freight-middle-corridor", "../2026-01-10")]
    [InlineData("hubei-association-meets-aghshin-aliyev", "../2026-01-10")]
    [InlineData("xi-congratulates-aliyev-re-election", "../2026-01-10")]
    [InlineData("chinese-green-energy-investment-azerbaijan", "../2026-01-10")]
    [InlineData("azerbaijan-unilateral-visa-waiver-chinese-citizens", "../2024")]
    public async Task AnEventTheDocumentsDoNotDateIsBoundedNotDated(string id, string edtf)
    {
        var date = (await _client.GetJson($"/events/{id}")).GetProperty("date");

        Assert.Equal(edtf, date.Str("edtf"));
        Assert.Equal("bounded", date.Str("kind"));
        Assert.Equal("not_given", date.Str("known"));
        Assert.False(string.IsNullOrWhiteSpace(date.Str("basis")));
        Assert.True(date.IsNull("start"));
    }

    [Fact]
    public async Task ADateResolvedFromTheTextSaysHow()
    {
        var date = (await _client.GetJson("/events/xinhua-interview-aliyev-2025-04-21")).GetProperty("date");

        Assert.Equal("2025-04-21", date.Str("edtf"));
        Assert.Equal("resolved", date.Str("known"));
        Assert.Contains("on Monday", date.Str("basis"));
    }
}
