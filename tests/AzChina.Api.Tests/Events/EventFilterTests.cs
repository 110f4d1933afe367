using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

public class EventFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<string>> Ids(string query) => (await _client.GetJson($"/events?limit=500&{query}")).Ids();

    [Fact]
    public async Task APartialDateEventMatchesARangeItsSpanOverlaps()
    {
        var midJuly = await Ids("from=2024-07-10&to=2024-07-20");

        Assert.Contains("astana-summit-2024-07", midJuly);
        Assert.DoesNotContain("aliyev-state-visit-china-2025-04", midJuly);
    }

    [Fact]
    public async Task FromAndToAreInclusiveDays()
    {
        Assert.Contains("commission-10th-meeting-2025-04-16", await Ids("from=2025-04-16&to=2025-04-16"));
        Assert.DoesNotContain("commission-10th-meeting-2025-04-16", await Ids("from=2025-04-17"));
        Assert.DoesNotContain("commission-10th-meeting-2025-04-16", await Ids("to=2025-04-15"));
        Assert.Contains("diplomatic-relations-established-1992", await Ids("to=1992"));
    }

    [Fact]
    public async Task RepeatedActorsMeanEventsWithAllOfThem()
    {
        var aliyev = await Ids("actor=ilham-aliyev");
        var withLiQiang = await Ids("actor=ilham-aliyev&actor=li-qiang");

        Assert.Contains("aliyev-meets-li-qiang-2025-04-23", withLiQiang);
        Assert.All(withLiQiang, id => Assert.Contains(id, aliyev));
        Assert.True(withLiQiang.Count < aliyev.Count);
    }

    [Fact]
    public async Task TypeTopicAndCountryFilter()
    {
        Assert.Equal(["commission-10th-meeting-2025-04-16"], await Ids("type=commission_session"));
        Assert.Contains("aliyev-meets-li-qiang-2025-04-23", await Ids("topic=demining"));
        var armenia = await Ids("country=AM");
        Assert.Contains("chen-ming-denies-zangezur-reports-2025-04", armenia);
        Assert.DoesNotContain("commission-10th-meeting-2025-04-16", armenia);
    }

    [Fact]
    public async Task SearchIsCaseAndDiacriticsInsensitive()
    {
        var plain = await Ids("q=aliyev");
        Assert.NotEmpty(plain);
        Assert.Equal(plain, await Ids("q=%C6%8Fliyev"));
        Assert.Equal(plain, await Ids("q=ALIYEV"));
        Assert.Equal(["aliyev-meets-li-qiang-2025-04-23", "commission-10th-meeting-2025-04-16"], await Ids("q=Sericulture"));
    }

    [Theory]
    [InlineData("sort=-date")]
    [InlineData("sort=date")]
    [InlineData("sort=-date&from=2025-01&to=2025-12")]
    [InlineData("sort=date&from=2025-04-16&to=2026")]
    [InlineData("type=statement")]
    public async Task ASearchKeepsTheListsOrderAndItsOtherFilters(string filters)
    {
        var listed = await Ids(filters);
        var found = await Ids("q=aliyev&" + filters);

        Assert.NotEmpty(found);
        Assert.True(found.Count < listed.Count, "the search should narrow the list");
        Assert.Equal(listed.Where(found.Contains), found);
    }

    [Fact]
    public async Task SortByDateIsOldestFirst()
    {
        var oldestFirst = await Ids("sort=date");
        var newestFirst = await Ids("sort=-date");

        Assert.Equal("hubei-international-professional-exchange-association-founded-1988", oldestFirst[0]);
        Assert.Equal(oldestFirst.Reverse(), newestFirst);
    }

    // As FTS syntax these would fail (an open quote or parenthesis), search a column, or run as SQL;
    // searched as words they find what the plain words find.
    [Theory]
    [InlineData("%22unterminated", "unterminated")]
    [InlineData("NEAR(", "near")]
    [InlineData("china%20OR", "china or")]
    [InlineData("title:china", "title china")]
    [InlineData("%27%3B%20DROP%20TABLE%20events%3B--", "drop table events")]
    [InlineData("%22aliyev", "aliyev")]
    public async Task SearchSyntaxInQIsSearchedAsWords(string q, string words)
    {
        Assert.Equal(await Ids($"q={Uri.EscapeDataString(words)}"), await Ids($"q={q}"));
    }
}
