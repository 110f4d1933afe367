using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Agreements;

public class AgreementsTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheTwoDeclarationsAreDifferentAgreements()
    {
        var y2024 = await _client.GetJson("/agreements/strategic-partnership-declaration-2024");
        var y2025 = await _client.GetJson("/agreements/comprehensive-strategic-partnership-declaration-2025");

        Assert.Equal("declaration", y2024.Str("kind"));
        Assert.Equal("2024-07", y2024.GetProperty("date").Str("edtf"));
        Assert.Equal("month", y2024.GetProperty("date").Str("startPrecision"));
        Assert.Equal("signed", y2025.Str("status"));
        // "During his state visit to China in April last year": from the visit's first day to the end of April.
        Assert.Equal("2025-04-22/2025-04", y2025.GetProperty("date").Str("edtf"));
        Assert.Equal("bounded", y2025.GetProperty("date").Str("kind"));
        Assert.Equal("resolved", y2025.GetProperty("date").Str("known"));
        Assert.Contains(y2025.GetProperty("parties").EnumerateArray(), p => p.Str("id") == "azerbaijan");
        Assert.NotEmpty(y2025.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task ThePlannedVisaFreeAgreementIsAnticipatedNotSigned()
    {
        var visa = await _client.GetJson("/agreements/visa-free-travel-agreement");

        Assert.Equal("anticipated", visa.Str("status"));
        Assert.Equal("/", visa.GetProperty("date").Str("edtf"));
        Assert.Equal("unknown", visa.GetProperty("date").Str("kind"));
        Assert.Equal("not_given", visa.GetProperty("date").Str("known"));
    }

    [Fact]
    public async Task ListIsNewestFirstWithUndatedAgreementsLast()
    {
        var page = await _client.GetJson("/agreements?limit=500");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 5);
        var starts = items.Select(a => a.GetProperty("date").GetProperty("start")).Select(d => d.ValueKind == JsonValueKind.Null ? "" : d.GetString()!).ToList();
        Assert.Equal(starts.OrderDescending(StringComparer.Ordinal), starts);
        // The one undated agreement; the BYD project, undated too, is a project now (issue 14).
        Assert.Equal("visa-free-travel-agreement", items.Last().Str("id"));
    }

    [Fact]
    public async Task AnAgreementNamesItsEventsWithTheirRole()
    {
        var protocol = await _client.GetJson("/agreements/commission-10th-meeting-protocol-2025");
        var visaFree = await _client.GetJson("/agreements/visa-free-travel-agreement");

        Assert.Equal(["signed_at:commission-10th-meeting-signing-2025-04-16"], Events(protocol));
        Assert.Equal("protocol", protocol.Str("kind"));
        // Only expected at its planned signing during the visit (review 5.3).
        Assert.Equal(["expected_at:visa-free-agreement-signing-expected-during-visit-2025-04"], Events(visaFree));
        Assert.Empty(protocol.GetProperty("projects").EnumerateArray());
    }

    [Fact]
    public async Task TheBydProjectIsAProjectNotAnAgreement()
    {
        await _client.GetJson("/agreements/byd-electric-bus-localization-project", System.Net.HttpStatusCode.NotFound);
        Assert.Empty(await _client.GetIds("/agreements?kind=joint_project"));
        var byd = await _client.GetJson("/projects/byd-electric-bus-localization-project");
        Assert.Equal("announced", byd.Str("status"));
    }

    [Fact]
    public async Task AnAgreementNamesTheWorkingGroupItCreates()
    {
        var agreement = await _client.GetJson("/agreements/investment-working-group-agreement-2025");

        var mention = agreement.GetProperty("mentions").EnumerateArray().Single();
        Assert.Equal("az-cn-investment-cooperation-working-group", mention.Str("id"));
        Assert.Equal("working group the agreement establishes", mention.Str("role"));
        Assert.Empty(agreement.GetProperty("disputedBy").EnumerateArray());
    }

    [Fact]
    public async Task TheCsvListGivesEachEventWithItsRole()
    {
        var (_, csv) = await _client.GetText("/agreements?format=csv&status=anticipated");

        Assert.Contains("expected_at:visa-free-agreement-signing-expected-during-visit-2025-04", csv);
    }

    [Fact]
    public async Task TheListGivesEachAgreementsEventsToo()
    {
        var page = await _client.GetJson("/agreements?limit=50");

        var visaFree = page.GetProperty("items").EnumerateArray().Single(a => a.Str("id") == "visa-free-travel-agreement");
        Assert.Equal(["expected_at:visa-free-agreement-signing-expected-during-visit-2025-04"], Events(visaFree));
    }

    private static List<string> Events(JsonElement agreement) =>
        agreement.GetProperty("events").EnumerateArray().Select(e => $"{e.Str("role")}:{e.Str("id")}").ToList();
}
