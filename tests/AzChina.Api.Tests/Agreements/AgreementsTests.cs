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
        Assert.Equal("2024-07-01", y2024.Str("date"));
        Assert.Equal("month", y2024.Str("datePrecision"));
        Assert.Equal("signed", y2025.Str("status"));
        Assert.StartsWith("2025-04", y2025.Str("date"));
        Assert.Contains(y2025.GetProperty("parties").EnumerateArray(), p => p.Str("id") == "azerbaijan");
        Assert.NotEmpty(y2025.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task ThePlannedVisaFreeAgreementIsAnticipatedNotSigned()
    {
        var visa = await _client.GetJson("/agreements/visa-free-travel-agreement");

        Assert.Equal("anticipated", visa.Str("status"));
    }

    [Fact]
    public async Task ListIsNewestFirstWithUndatedAgreementsLast()
    {
        var page = await _client.GetJson("/agreements?limit=500");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 5);
        var dates = items.Select(a => a.GetProperty("date")).Select(d => d.ValueKind == JsonValueKind.Null ? "" : d.GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task AnAgreementNamesItsEventsWithTheirRole()
    {
        var protocol = await _client.GetJson("/agreements/commission-10th-meeting-protocol-2025");
        var visaFree = await _client.GetJson("/agreements/visa-free-travel-agreement");

        Assert.Equal(["signed_at:commission-10th-meeting-signing-2025-04-16"], Events(protocol));
        Assert.Equal("protocol", protocol.Str("kind"));
        // Only expected at the visit (review 5.3).
        Assert.Equal(["expected_at:aliyev-state-visit-china-2025-04"], Events(visaFree));
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

        Assert.Contains("expected_at:aliyev-state-visit-china-2025-04", csv);
    }

    [Fact]
    public async Task TheListGivesEachAgreementsEventsToo()
    {
        var page = await _client.GetJson("/agreements?limit=50");

        var visaFree = page.GetProperty("items").EnumerateArray().Single(a => a.Str("id") == "visa-free-travel-agreement");
        Assert.Equal(["expected_at:aliyev-state-visit-china-2025-04"], Events(visaFree));
    }

    private static List<string> Events(JsonElement agreement) =>
        agreement.GetProperty("events").EnumerateArray().Select(e => $"{e.Str("role")}:{e.Str("id")}").ToList();
}
