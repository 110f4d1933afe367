using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AzChina.Api.Agreements;
using AzChina.Api.Events;
using AzChina.Api.Metrics;
using AzChina.Api.Search;
using AzChina.Api.Sources;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Search;

namespace AzChina.Api.Tests.Paging;

public class PagingTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Lists => new()
    {
        { "/events", "id" },
        { "/agreements", "id" },
        { "/actors", "id" },
        { "/sources", "id" },
        { "/metrics", "name" },
        { "/events?sort=date&actor=ilham-aliyev", "id" },
        { "/events?from=2025-04&to=2025-04", "id" },
        { "/agreements?sort=date", "id" },
        { "/actors?kind=person", "id" },
        { "/actors/ilham-aliyev/events", "id" },
        // A place and an actor may share an id (china): a search hit is its kind and id.
        { "/search?q=china", "kind:id" },
        { "/places", "id" },
        { "/places?kind=city", "id" },
        { "/projects", "id" },
        { "/projects?asOf=2025-04-30&dateMatch=possible&from=2025", "id" },
        { "/initiatives", "id" },
        { "/events?place=china", "id" },
        { "/events?q=aliyev", "id" },
        { "/events?sort=date&q=aliyev&from=2025", "id" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task PagingOneByOneGivesTheSameRecordsInTheSameOrderAsOneBigPage(string list, string key)
    {
        var separator = list.Contains('?') ? '&' : '?';
        var all = Keys(await _client.GetJson($"{list}{separator}limit=500"), key);
        Assert.True(all.Count > 1, $"{list} should have more than one page of one");

        var walked = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJson($"{list}{separator}limit=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.Equal(1, page.GetProperty("limit").GetInt32());
            walked.AddRange(Keys(page, key));
            var next = page.GetProperty("nextCursor");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
        } while (cursor is not null && walked.Count <= all.Count);

        Assert.Equal(all, walked);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    private static IReadOnlyList<string> Keys(JsonElement page, string key) => key == "kind:id"
        ? page.GetProperty("items").EnumerateArray().Select(i => $"{i.Str("kind")}:{i.Str("id")}").ToList()
        : page.Ids(key);

    [Fact]
    public async Task DefaultPageSizeIs50()
    {
        var page = await _client.GetJson("/events");

        Assert.Equal(50, page.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task ATamperedCursorIsA400NotAWrongPage()
    {
        var first = await _client.GetJson("/events?limit=2");
        var cursor = first.Str("nextCursor");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];

        var problem = await _client.GetProblem($"/events?limit=2&cursor={Uri.EscapeDataString(tampered)}", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task ACursorUsedWithOtherFiltersIsA400()
    {
        var page = await _client.GetJson("/events?limit=1&type=statement");

        var problem = await _client.GetProblem($"/events?limit=1&type=meeting&cursor={Uri.EscapeDataString(page.Str("nextCursor"))}", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    // A list, the scope its cursors carry, and a sort key of a shape that list never gives.
    public static TheoryData<string, string, string?> ForgedKeys => new()
    {
        { "/search?q=china", SearchQueries.Hits("china", SearchText.ToMatchExpression("china")!, null).CursorScope, "x" },
        { "/search?q=china", SearchQueries.Hits("china", SearchText.ToMatchExpression("china")!, null).CursorScope, "NaN" },
        { "/search?q=china", SearchQueries.Hits("china", SearchText.ToMatchExpression("china")!, null).CursorScope, null },
        { "/actors/ilham-aliyev/events", EventFilter.ForActor("ilham-aliyev").CursorScope, "x" },
        { "/actors/ilham-aliyev/events", EventFilter.ForActor("ilham-aliyev").CursorScope, "2025-01-01" },
        { "/actors/ilham-aliyev/events", EventFilter.ForActor("ilham-aliyev").CursorScope, "2|2025-01-01|2025-01-01" },
        { "/actors/ilham-aliyev/events", EventFilter.ForActor("ilham-aliyev").CursorScope, "1|2025-02-30|2025-03-01" },
        { "/actors/azerbaijan/agreements", AgreementFilter.ForActor("azerbaijan").CursorScope, "someday" },
        { "/sources", new SourceFilter(null, null, null).CursorScope, "2025-13-01" },
        { "/metrics", MetricQueries.Catalogue(null).CursorScope, "x" },
    };

    [Theory]
    [MemberData(nameof(ForgedKeys))]
    public async Task AForgedCursorWithAKeyOfTheWrongShapeIsA400(string list, string scope, string? key)
    {
        // The signing key derives from the public fingerprint: the test signs as anyone could, and
        // checks that it signs right by reproducing the cursor the API issued.
        var issued = (await _client.GetJson($"{list}{(list.Contains('?') ? '&' : '?')}limit=1")).Str("nextCursor");
        var position = JsonDocument.Parse(FromBase64Url(issued)).RootElement;
        var fingerprint = (await _client.GetJson("/health")).Str("fingerprint");
        Assert.Equal(issued, Forge(position.GetProperty("K").GetString(), position.Str("I"), scope, fingerprint));

        var forged = Forge(key, position.Str("I"), scope, fingerprint);
        var problem = await _client.GetProblem($"{list}{(list.Contains('?') ? '&' : '?')}limit=1&cursor={forged}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _), problem.GetRawText());
    }

    [Fact]
    public async Task AForgedCursorWithAWellShapedKeyOnlyChoosesWhereThePageStarts()
    {
        var fingerprint = (await _client.GetJson("/health")).Str("fingerprint");
        var forged = Forge("1|2025-01-01|2025-01-01", "~", EventFilter.ForActor("ilham-aliyev").CursorScope, fingerprint);

        var page = await _client.GetJson($"/actors/ilham-aliyev/events?limit=500&cursor={forged}");

        var dates = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date")).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.True(date.IsNull("start") || string.CompareOrdinal(date.Str("start"), "2025-01-01") <= 0, date.GetRawText()));
    }

    /// <summary>A cursor with the checksum PageRequest gives it: HMAC-SHA256 keyed by the fingerprint, first 12 bytes.</summary>
    private static string Forge(string? key, string id, string scope, string fingerprint)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("azchina-cursor:" + fingerprint), Encoding.UTF8.GetBytes($"{scope}\n{key}\n{id}"));
        return Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { K = key, I = id, S = Base64Url(mac[..12]) }));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    [Fact]
    public async Task ACursorFromAnotherListIsA400()
    {
        var events = await _client.GetJson("/events?limit=1");

        var problem = await _client.GetProblem($"/actors?cursor={Uri.EscapeDataString(events.Str("nextCursor"))}", HttpStatusCode.BadRequest);
        Assert.Contains("cursor", problem.Str("detail"));
    }
}
