using System.Net;
using System.Text.Json;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests;

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
        { "/search?q=china", "id" },
        { "/events?q=aliyev", "id" },
        { "/events?sort=date&q=aliyev&from=2025", "id" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task PagingOneByOneGivesTheSameRecordsInTheSameOrderAsOneBigPage(string list, string key)
    {
        var separator = list.Contains('?') ? '&' : '?';
        var all = (await _client.GetJson($"{list}{separator}limit=500")).Ids(key);

        var walked = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJson($"{list}{separator}limit=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.Equal(1, page.GetProperty("limit").GetInt32());
            walked.AddRange(page.Ids(key));
            var next = page.GetProperty("nextCursor");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
        } while (cursor is not null && walked.Count <= all.Count);

        Assert.Equal(all, walked);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task DefaultPageSizeIs50()
    {
        var page = await _client.GetJson("/events");

        Assert.Equal(50, page.GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("-5")]
    public async Task LimitOutsideOneTo500IsA400NamingLimit(string limit)
    {
        var problem = await _client.GetProblem($"/events?limit={limit}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
        Assert.Contains("limit", problem.Str("detail"));
    }

    [Fact]
    public async Task ALimitThatIsNotANumberIsA400NamingLimit()
    {
        var problem = await _client.GetProblem("/actors?limit=ten", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
        Assert.Contains("ten", problem.Str("detail"));
    }

    [Fact]
    public async Task ATamperedCursorIsA400NotAWrongPage()
    {
        var first = await _client.GetJson("/events?limit=2");
        var cursor = first.Str("nextCursor");
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? "B" : "A") + cursor[^1];

        var problem = await _client.GetProblem($"/events?limit=2&cursor={Uri.EscapeDataString(tampered)}", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
        await _client.GetProblem("/events?cursor=not-a-cursor!!", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ACursorUsedWithOtherFiltersIsA400()
    {
        var page = await _client.GetJson("/events?limit=1&type=statement");

        var problem = await _client.GetProblem($"/events?limit=1&type=meeting&cursor={Uri.EscapeDataString(page.Str("nextCursor"))}", HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task ACursorFromAnotherListIsA400()
    {
        var events = await _client.GetJson("/events?limit=1");

        var problem = await _client.GetProblem($"/actors?cursor={Uri.EscapeDataString(events.Str("nextCursor"))}", HttpStatusCode.BadRequest);
        Assert.Contains("cursor", problem.Str("detail"));
    }
}
