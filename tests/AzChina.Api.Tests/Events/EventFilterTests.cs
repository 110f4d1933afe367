using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Events;

public class EventFilterTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IReadOnlyList<string>> Ids(string query) => (await _client.GetJson($"/events?limit=500&{query}")).Ids();

    [Fact]
    public async Task AMonthPrecisionEventIsCertainlyInAWindowOnlyIfItHoldsTheMonth()
    {
        Assert.DoesNotContain("astana-summit-2024-07", await Ids("from=2024-07-10&to=2024-07-20"));
        Assert.Contains("astana-summit-2024-07", await Ids("from=2024-07&to=2024-07"));
        Assert.Contains("astana-summit-2024-07", await Ids("from=2024-07-10&to=2024-07-20&dateMatch=possible"));
        Assert.DoesNotContain("aliyev-state-visit-china-2025-04", await Ids("from=2024-07-10&to=2024-07-20&dateMatch=possible"));
    }

    [Fact]
    public async Task NoUndatedEventComesBackAsIfItFellInTheWindow()
    {
        // Issue 13: the three undated AzerNews items were dated January 2026.
        Assert.Equal(["azernews-analysis-az-cn-relations-2026-01-10"], await Ids("from=2026-01&to=2026-01"));
        var possibly = await Ids("from=2026-01&to=2026-01&dateMatch=possible");
        Assert.Contains("hubei-association-meets-aghshin-aliyev", possibly);
        Assert.Contains("xi-congratulates-aliyev-re-election", possibly);
        // On or before 10 January 2026: never after it.
        Assert.DoesNotContain("hubei-association-meets-aghshin-aliyev", await Ids("from=2026-01-11&dateMatch=possible"));
    }

    [Fact]
    public async Task AVisitWithNoEndGivenIsCertainOnItsFirstDayAndPossibleAfter()
    {
        // Review C8: the visit began on 22 April 2025; the documents give no end.
        Assert.Contains("aliyev-state-visit-china-2025-04", await Ids("from=2025-04-22&to=2025-04-22"));
        Assert.DoesNotContain("aliyev-state-visit-china-2025-04", await Ids("from=2025-04-23&to=2025-04-23"));
        var onThe23rd = await Ids("from=2025-04-23&to=2025-04-23&dateMatch=possible");
        Assert.Contains("aliyev-state-visit-china-2025-04", onThe23rd);
        Assert.Contains("aliyev-meets-li-qiang-2025-04-23", onThe23rd);
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
        // Records with no earliest day ("on or before ...") come last in both directions; the dated ones reverse.
        var undated = (await _client.GetJson("/events?limit=500")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("date").IsNull("start")).Select(e => e.Str("id")).ToHashSet();
        Assert.Equal(5, undated.Count);
        Assert.All(oldestFirst.TakeLast(undated.Count), id => Assert.Contains(id, undated));
        Assert.All(newestFirst.TakeLast(undated.Count), id => Assert.Contains(id, undated));
        Assert.Equal(oldestFirst.SkipLast(undated.Count).Reverse(), newestFirst.SkipLast(undated.Count));
        // Among themselves by their latest bound: the visa waiver (on or before 2024) before the AzerNews items.
        Assert.Equal("azerbaijan-unilateral-visa-waiver-chinese-citizens", oldestFirst[^undated.Count]);
        Assert.Equal("azerbaijan-unilateral-visa-waiver-chinese-citizens", newestFirst[^1]);
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
