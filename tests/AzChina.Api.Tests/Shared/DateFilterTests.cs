using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Time;

namespace AzChina.Api.Tests.Shared;

/// <summary>
/// from/to, dateMatch and the date order on every list with dates (issue 13, item 1): the SQL over the
/// columns stored at build time says what <see cref="DateWindow"/> says, record by record, and keyset pages
/// serve every record once in every order, the undated last.
/// </summary>
public class DateFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string?, string?> Windows => new()
    {
        { "2026-01", "2026-01" }, { "2025-04-23", "2025-04-23" }, { "2025-04-22", "2025-04-22" }, { "2025-04-22", null },
        { null, "2024" }, { "2024-07-10", "2024-07-20" }, { "2024-07", "2024-07" }, { "2025-04", "2025-04" },
        { "2025-04-25", "2025-04-30" }, { null, "2026-01-10" }, { "2026-01-11", null }, { "1990", "2030" },
        { "2024-12-31", "2025-01-01" }, { null, "2025-04-21" }, { "2025-04-21", null }, { "2015", "2015" }, { "1992-04", "1992-04" },
    };

    private static UncertainDate Parse(JsonElement date)
    {
        var kind = date.Str("kind") switch { "range" => DateKind.Range, "bounded" => DateKind.Bounded, _ => (DateKind?)null };
        Assert.True(Edtf.TryParse(date.Str("edtf"), kind, out var parsed, out var error), error);
        return parsed;
    }

    private static PartialDate? Bound(string? text) => text is null ? null : PartialDate.TryParse(text, out var d) ? d : throw new FormatException(text);

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task TheSqlFilterSaysWhatDateWindowSaysForEveryRecord(string? from, string? to)
    {
        var window = DateWindow.Create(Bound(from), Bound(to));
        var query = string.Join("&", new[] { from is null ? null : $"from={from}", to is null ? null : $"to={to}" }.Where(p => p is not null));
        foreach (var list in new[] { "events", "agreements", "actors/ilham-aliyev/events", "actors/azerbaijan/agreements" })
        {
            var all = (await _client.GetJson($"/{list}?limit=500")).GetProperty("items").EnumerateArray()
                .Select(r => (Id: r.Str("id"), Date: Parse(r.GetProperty("date")))).ToList();
            foreach (var (match, name) in new[] { (DateMatch.Certain, "certain"), (DateMatch.Possible, "possible") })
            {
                var expected = all.Where(r => window.Contains(r.Date, match)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
                var served = (await _client.GetIds($"/{list}?limit=500&{query}&dateMatch={name}")).Order(StringComparer.Ordinal).ToList();
                Assert.True(expected.SequenceEqual(served),
                    $"/{list}?{query}&dateMatch={name}: expected [{string.Join(", ", expected)}], served [{string.Join(", ", served)}]");
            }
        }
    }

    [Fact]
    public async Task CertainIsTheDefaultAndNeverKeepsAnUnknownDate()
    {
        Assert.Equal(await _client.GetIds("/agreements?from=1900&to=2100&dateMatch=certain"), await _client.GetIds("/agreements?from=1900&to=2100"));
        var wide = await _client.GetIds("/agreements?from=1900&to=2100");
        Assert.DoesNotContain("visa-free-travel-agreement", wide);
        Assert.Contains("visa-free-travel-agreement", await _client.GetIds("/agreements?from=1900&to=2100&dateMatch=possible"));
    }

    [Theory]
    [InlineData("/events?sort=date")]
    [InlineData("/events?sort=-date")]
    [InlineData("/events?sort=-date&q=aliyev")]
    [InlineData("/events?sort=date&q=aliyev")]
    [InlineData("/events?sort=-date&from=2024&to=2026&dateMatch=possible")]
    [InlineData("/events?sort=-date&to=2025-04-21")]
    [InlineData("/agreements?sort=-date&to=2025&dateMatch=possible")]
    [InlineData("/agreements?sort=date")]
    [InlineData("/agreements?sort=-date")]
    [InlineData("/actors/ilham-aliyev/events")]
    [InlineData("/actors/azerbaijan/agreements")]
    public async Task KeysetPagesServeEveryRecordOnceInTheListsOrder(string list)
    {
        var separator = list.Contains('?') ? '&' : '?';
        var whole = await _client.GetIds($"{list}{separator}limit=500");
        Assert.True(whole.Count > 3, list);
        foreach (var limit in new[] { 1, 2, 3 })
        {
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = await _client.GetJson($"{list}{separator}limit={limit}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
                paged.AddRange(page.Ids());
                cursor = page.GetProperty("nextCursor").GetString();
            } while (cursor is not null && paged.Count <= whole.Count);
            Assert.Equal(whole, paged);
        }
    }

    [Theory]
    [InlineData("/events?sort=date")]
    [InlineData("/events?sort=-date")]
    [InlineData("/events?sort=-date&q=aliyev")]
    [InlineData("/agreements?sort=date")]
    [InlineData("/agreements?sort=-date")]
    public async Task UndatedRecordsComeLastInBothDirections(string list)
    {
        var starts = (await _client.GetJson($"{list}&limit=500")).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("date").IsNull("start")).ToList();

        Assert.Contains(true, starts);
        Assert.Equal(starts.Order(), starts);
    }
}
