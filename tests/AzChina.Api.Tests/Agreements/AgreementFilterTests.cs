using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Agreements;

/// <summary>The filters and sort of /agreements.</summary>
public class AgreementFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AgreementsFilterByStatusKindActorAndDate()
    {
        Assert.Equal(["visa-free-travel-agreement"], await _client.GetIds("/agreements?status=anticipated"));
        Assert.Equal(["commission-10th-meeting-protocol-2025"], await _client.GetIds("/agreements?kind=protocol"));
        // BYD is a party to no agreement: its electric-bus project is a project (issue 14).
        Assert.Empty(await _client.GetIds("/agreements?actor=byd"));
        Assert.Contains("comprehensive-strategic-partnership-declaration-2025", await _client.GetIds("/agreements?actor=china&q=comprehensive"));
        Assert.Equal(["strategic-partnership-declaration-2024"], await _client.GetIds("/agreements?from=2024&to=2024"));
        Assert.Contains("comprehensive-strategic-partnership-declaration-2025", await _client.GetIds("/agreements?q=comprehensive"));
    }

    [Fact]
    public async Task AgreementsOldestFirstStillPutUndatedOnesLast()
    {
        var oldestFirst = await _client.GetIds("/agreements?sort=date");

        Assert.Equal("strategic-partnership-declaration-2024", oldestFirst[0]);
        var dated = (await _client.GetJson("/agreements?sort=date")).GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("date").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(dated.OrderByDescending(d => d), dated);
    }
}
