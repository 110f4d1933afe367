using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

/// <summary>
/// type= walks a table of its own (db/0007_event_types.sql), not the events; whatever it is combined with, its answer
/// must be the list without it kept to the events whose own type, or one source's term for them, is that type.
/// </summary>
public class TypeFilterTests(TypeFilterTests.Api api) : IClassFixture<TypeFilterTests.Api>
{
    /// <summary>Every type with every filter, page by page, is more requests than the rate limit lets one client make.</summary>
    public sealed class Api : AzChinaApiFactory
    {
        public Api() => Settings = new Dictionary<string, string?> { ["Http:RateLimitPermits"] = "1000000" };
    }

    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("sort=date")]
    [InlineData("from=2025-04&to=2025-04-30")]
    [InlineData("sort=date&from=2024&to=2025-06")]
    [InlineData("to=2025-04-23&dateMatch=possible")]
    [InlineData("status=held&status=planned")]
    [InlineData("partOf=none")]
    [InlineData("partOf=aliyev-state-visit-china-2025-04")]
    [InlineData("actor=ilham-aliyev")]
    [InlineData("actor=ilham-aliyev&actor=xi-jinping&sort=date")]
    [InlineData("topic=trade")]
    [InlineData("country=CN")]
    [InlineData("place=china")]
    [InlineData("q=Aliyev")]
    [InlineData("q=Aliyev&sort=date")]
    public async Task ATypeWithAnyOtherFilterIsThatListOfTheEventsOfThatTypeOrCalledSoBySource(string filter)
    {
        var types = new Dictionary<string, HashSet<string>>();
        foreach (var id in await _client.GetIds("/events?limit=500"))
        {
            var detail = await _client.GetJson($"/events/{id}");
            types[id] = [detail.Str("type"), .. detail.GetProperty("typeTerms").EnumerateArray().Select(t => t.Str("type"))];
        }
        var everyType = types.Values.SelectMany(t => t).Distinct().Order().ToList();
        Assert.Contains("official_visit", everyType);

        var unfiltered = await _client.GetIds($"/events?limit=500&{filter}");
        Assert.NotEmpty(unfiltered);
        foreach (var type in everyType)
        {
            var expected = unfiltered.Where(id => types[id].Contains(type)).ToList();
            Assert.Equal(expected, await _client.GetIds($"/events?limit=500&type={type}&{filter}"));
            // Page by page, through the cursors, too.
            var paged = new List<string>();
            for (var url = $"/events?type={type}&limit=2&{filter}"; ;)
            {
                var page = await _client.GetJson(url);
                paged.AddRange(page.Ids());
                if (page.GetProperty("nextCursor").GetString() is not { } cursor) break;
                url = $"/events?type={type}&limit=2&{filter}&cursor={Uri.EscapeDataString(cursor)}";
            }
            Assert.Equal(expected, paged);
        }
    }
}
