using System.Net;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Shared;

/// <summary>
/// Hostile and malformed input on every parameter of every endpoint: each is a 400 naming the
/// parameter or a 404 naming the id, always problem+json, never a 5xx.
/// </summary>
public class HostileInputTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string LongText = new('x', 201);
    private static readonly string LongId = new('a', 500);

    public static ProblemRows BadParameters => new()
    {
        // paging and format, on every list
        { "/events?limit=abc", "limit", "must be a whole number from 1 to 500; got 'abc'" }, { "/events?limit=-1", "limit" }, { "/events?limit=0", "limit" },
        { "/events?limit=501", "limit", "must be a whole number from 1 to 500; got '501'" }, { "/events?limit=99999999999", "limit" }, { "/events?limit=1.5", "limit" },
        { "/events?limit=1&limit=2", "limit" }, { "/agreements?limit=%00", "limit" }, { "/actors?limit=1e3", "limit" },
        { "/sources?limit=ten", "limit" }, { "/metrics?limit=0", "limit" }, { "/search?q=china&limit=600", "limit" },
        { "/actors/ilham-aliyev/events?limit=x", "limit" }, { "/actors/azerbaijan/agreements?limit=0", "limit" },
        { "/events?cursor=garbage", "cursor" }, { "/events?cursor=" + new string('A', 1000), "cursor" },
        { "/events?cursor=eyJLIjpudWxsLCJJIjoiYSIsIlMiOiJ4In0", "cursor" }, { "/agreements?cursor=%FF%FE", "cursor" },
        { "/actors?cursor=a&cursor=b", "cursor" }, { "/sources?cursor=..%2F..", "cursor" }, { "/metrics?cursor=%27%20OR%201%3D1", "cursor" },
        { "/events?includeTotal=yes", "includeTotal", "must be true or false; got 'yes'" }, { "/actors?includeTotal=1", "includeTotal" },
        { "/events?format=xml", "format" }, { "/events?format=CSV", "format" }, { "/events?format=json&format=csv", "format" },
        { "/sources?format=", "format" }, { "/search?q=china&format=html", "format" },
        // format where the answer has one format only: a single record (json), the chart (svg)
        { "/events/commission-10th-meeting-2025-04-16?format=xml", "format" }, { "/events/commission-10th-meeting-2025-04-16?format=csv", "format" },
        { "/agreements/strategic-partnership-declaration-2024?format=CSV", "format" }, { "/actors/ilham-aliyev?format=", "format" },
        { "/sources/trend-2025-04-16-commission?format=json&format=json", "format" }, { "/metrics/trade_turnover/chart.svg?format=png", "format" },
        // paging where the answer is one document: a series
        { "/metrics?name=trade_turnover&limit=0", "limit" }, { "/metrics?name=trade_turnover&cursor=garbage", "cursor" },
        { "/metrics?name=trade_turnover&includeTotal=false", "includeTotal" },
        // how a date must meet from/to, on every list that has them (issue 13)
        { "/events?dateMatch=maybe", "dateMatch", "must be one of: certain, possible; got 'maybe'" }, { "/events?from=2025&dateMatch=Certain", "dateMatch" },
        { "/events?dateMatch=", "dateMatch" }, { "/events?dateMatch=certain&dateMatch=possible", "dateMatch" },
        { "/agreements?dateMatch=all", "dateMatch" }, { "/metrics/trade_turnover?dateMatch=exact", "dateMatch" },
        { "/metrics/trade_turnover/chart.svg?dateMatch=1", "dateMatch" },
        { "/actors/ilham-aliyev/events?dateMatch=possibly", "dateMatch" }, { "/actors/azerbaijan/agreements?dateMatch=x", "dateMatch" },
        { "/actors/ilham-aliyev/events?from=2025-13", "from" }, { "/actors/azerbaijan/agreements?to=soon", "to" },
        { "/actors/ilham-aliyev/events?from=2026&to=2025", "to" }, { "/sources?dateMatch=maybe", "dateMatch" },
        // dates
        { "/events?from=2025-02-30", "from" }, { "/events?to=2025-13-01", "to" }, { "/events?from=tomorrow", "from" },
        { "/events?from=99999-01-01", "from" }, { "/events?from=-2025", "from" }, { "/events?from=2025-04-01T00:00", "from" },
        { "/events?from=2025-05-01&to=2025-04-01", "to" }, { "/agreements?from=2025-04-31", "from" }, { "/agreements?to=20250401", "to" },
        { "/sources?from=%00", "from" }, { "/sources?to=2025-4-1", "to" },
        // vocabularies and codes
        { "/events?type=party", "type" }, { "/events?type=meeting&type=visit", "type" }, { "/events?type=MEETING", "type" },
        { "/events?topic=gossip", "topic" }, { "/events?country=az", "country", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. AZ or CN; got 'az'" }, { "/events?country=AZE", "country" },
        { "/events?country=%C3%84Z", "country" }, { "/events?sort=title", "sort" }, { "/events?sort=date&sort=-date", "sort" },
        { "/agreements?status=maybe", "status" }, { "/agreements?kind=treaty", "kind" }, { "/agreements?sort=%27", "sort" },
        { "/actors?kind=alien", "kind" }, { "/actors?country=China", "country" }, { "/search?q=china&kind=people", "kind" },
        // links: status (repeatable) and partOf (none or an event id)
        { "/events?status=rumoured", "status", "must be one of: held, planned, cancelled, unknown; got 'rumoured'" }, { "/events?status=held&status=HELD", "status" },
        { "/events?status=", "status" }, { "/events?partOf=None", "partOf", "must be none or a record id (lower-case letters, digits and hyphens); got 'None'" },
        { "/events?partOf=" + LongId, "partOf" }, { "/events?partOf=%27%20OR%201%3D1", "partOf" },
        { "/events?partOf=no-such-occasion", "partOf", "names no known event: 'no-such-occasion'" }, { "/events?partOf=none&partOf=none", "partOf" },
        // actor ids in filters
        { "/events?actor=%27%20OR%201%3D1%20--", "actor" }, { "/events?actor=..%2F..%2Fetc", "actor" }, { "/events?actor=" + LongId, "actor" },
        { "/events?actor=nobody-at-all", "actor" }, { "/agreements?actor=Ilham", "actor" },
        // free text
        { "/events?q=" + LongText, "q", "200" }, { "/events?q=*", "q" }, { "/events?q=%00", "q" }, { "/events?q=a%07b", "q" },
        { "/actors?q=%0D%0A", "q" }, { "/agreements?q=%22%22", "q" }, { "/search?q=", "q" }, { "/search", "q" },
        { "/search?q=" + LongText, "q" }, { "/sources?outlet=a%0Db", "outlet" }, { "/sources?outlet=" + LongText, "outlet" },
        // ids in paths
        { "/events/" + LongId, "id" }, { "/events/..%2F..%2Fetc%2Fpasswd", "id" }, { "/agreements/%27%20OR%201%3D1", "id" },
        { "/actors/Ilham%20Aliyev", "id" }, { "/sources/%C0%AF", "id" }, { "/actors/..%2Fetc/events", "id" }, { "/actors/%C0%AF/agreements", "id" },
        // more paging, filters and search
        { "/events?limit=-5", "limit" }, { "/actors?limit=ten", "limit", "'ten'" }, { "/events?cursor=not-a-cursor!!", "cursor" },
        { "/events?from=yesterday", "from" }, { "/events?actor=Ilham%20Aliyev", "actor", "must be a record id (lower-case letters, digits and hyphens, at most 100 characters); got 'Ilham Aliyev'" },
        { "/agreements?actor=nobody-known", "actor" }, { "/agreements?sort=-title", "sort" }, { "/actors?q=%22%22", "q" },
        { "/sources?from=2025-4-1", "from" }, { "/sources?outlet=a%01b", "outlet" }, { "/actors/ilham-aliyev/events?limit=0", "limit" },
        { "/search?q=%20%20", "q" }, { "/search?q=*", "q" }, { "/search?q=china&limit=abc", "limit" },
        // metrics: a series' parameters, the catalogue's, the chart's
        { "/metrics/trade_turnover?asOf=2025-02-30", "asOf", "YYYY-MM-DD" }, { "/metrics/trade_turnover?asOf=2025-04", "asOf" },
        { "/metrics?asOf=2025-13-01", "asOf" }, { "/metrics/trade_turnover?from=2025-Q5", "from", "YYYY-Qn (n 1–4), YYYY-MM or YYYY-MM-DD; got '2025-Q5'" },
        { "/metrics/trade_turnover?to=2025-00", "to" }, { "/metrics/trade_turnover?from=2025&to=2024", "to" },
        { "/metrics/trade_turnover?latest=0", "latest" }, { "/metrics/trade_turnover?latest=101", "latest" },
        { "/metrics/trade_turnover?latest=abc", "latest", "must be a whole number from 1 to 100; got 'abc'" }, { "/metrics?name=trade_turnover&latest=-1", "latest" },
        { "/metrics/trade_turnover?reporter=az", "reporter", "must be an ISO 3166-1 alpha-2 code in capitals, e.g. AZ or CN; got 'az'" }, { "/metrics/trade_turnover?partner=CHN", "partner" },
        { "/metrics/trade_turnover?subject=Not%20An%20Id", "subject", "must be a record id (lower-case letters, digits and hyphens, at most 100 characters); got 'Not An Id'" }, { "/metrics/trade_turnover?include=everything", "include" },
        { "/metrics?name=trade_turnover&include=derived,claims", "include" }, { "/metrics?from=2024", "from" },
        { "/metrics?include=derived", "include" }, { "/metrics?dateMatch=possible", "dateMatch" }, { "/metrics/trade_turnover/chart.svg?asOf=yesterday", "asOf" },
        { "/metrics/trade_turnover/chart.svg?to=2025-Q5", "to" }, { "/metrics/trade_turnover/chart.svg?reporter=Az", "reporter" },
        { "/metrics/trade_turnover/chart.svg?format=csv", "format" }, { "/metrics/trade_turnover/chart.svg?format=json", "format" },
        { "/metrics?name=trade_turnover&limit=10", "limit" }, { "/metrics?name=trade_turnover&includeTotal=true", "includeTotal" },
        { "/metrics?name=trade_turnover&limit=0&cursor=garbage", "limit", "catalogue" },
        { "/metrics/trade_turnover?asOf=2025-4-1", "asOf", "must be a date as YYYY-MM-DD; got '2025-4-1'" },
        // an id the seeds could not hold (over 100 characters) is refused, not looked up (100 is a 404 below)
        { "/events/" + new string('a', 101), "id" },
        // places, projects, initiatives (issue 14) and the place filter on events
        { "/places?kind=town", "kind", "must be one of: country, region, city, territory, exclave, port, sea, place; got 'town'" },
        { "/places?country=cn", "country" }, { "/places?parent=China", "parent" }, { "/places?q=*", "q" }, { "/places?limit=0", "limit" },
        { "/places?cursor=garbage", "cursor" }, { "/places?format=xml", "format" }, { "/places/Khojaly!", "id" }, { "/places/khojaly?format=csv", "format" },
        { "/projects?status=launched", "status", "must be one of: pledged, committed, announced, in_implementation, completed, suspended, cancelled; got 'launched'" },
        { "/projects?status=announced&status=completed", "status" }, { "/projects?kind=factory", "kind" }, { "/projects?sector=mining", "sector" },
        { "/projects?actor=BYD", "actor" }, { "/projects?actor=nobody-known", "actor", "names no known actor: 'nobody-known'" },
        { "/projects?place=%27%20OR%201%3D1", "place" }, { "/projects?place=atlantis", "place", "names no known place: 'atlantis'" },
        { "/projects?initiative=Belt%20and%20Road", "initiative" }, { "/projects?initiative=silk-road", "initiative", "names no known initiative: 'silk-road'" }, { "/projects?from=2025-02-30", "from" }, { "/projects?to=soon", "to" },
        { "/projects?from=2025-05&to=2025-04", "to" }, { "/projects?dateMatch=maybe", "dateMatch" }, { "/projects?dateMatch=Certain", "dateMatch" },
        { "/projects?asOf=2025-04", "asOf", "must be a date as YYYY-MM-DD; got '2025-04'" }, { "/projects?asOf=yesterday", "asOf" },
        { "/projects?q=" + LongText, "q" }, { "/projects?limit=501", "limit" }, { "/projects?cursor=%FF", "cursor" },
        { "/projects/byd-electric-bus-localization-project?asOf=2025-13-01", "asOf" }, { "/projects/BYD", "id" },
        { "/projects/sericulture-project-khojaly?format=csv", "format" },
        { "/initiatives?kind=road", "kind" }, { "/initiatives?place=Armenia", "place" }, { "/initiatives?place=atlantis", "place" },
        { "/initiatives?q=%00", "q" }, { "/initiatives?includeTotal=maybe", "includeTotal" }, { "/initiatives/Middle%20Corridor", "id" },
        { "/events?place=Khojaly", "place" }, { "/events?place=atlantis", "place", "names no known place: 'atlantis'" }, { "/events?place=" + LongId, "place" },
        { "/search?q=khojaly&kind=town", "kind" },
        { "/metrics/mulberry_seedlings_sent?place=Khojaly", "place" }, { "/metrics/mulberry_seedlings_sent?place=atlantis", "place", "names no known place: 'atlantis'" },
        { "/metrics?place=khojaly", "place" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task IsA400NamingTheParameter(string url, string parameter, string? text)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{url}: {problem.GetRawText()}");
        Assert.Contains($"'{parameter}'", problem.Str("detail"));
        if (text is not null) Assert.Contains(text, problem.Str("detail"));
    }

    // Every value is parsed in one place (RequestParsers), which shortens what it echoes back.
    [Theory]
    [InlineData("/metrics/trade_turnover?asOf=")]
    [InlineData("/metrics/trade_turnover?from=")]
    [InlineData("/events?from=")]
    [InlineData("/events?limit=")]
    public async Task ALongBadValueIsEchoedShortened(string prefix)
    {
        var problem = await _client.GetProblem(prefix + new string('9', 300), HttpStatusCode.BadRequest);

        var echoed = problem.Str("detail").Split('\'')[^2];
        Assert.Equal(new string('9', 60) + "…", echoed);
    }

    // The first and last years there are: to=9999 means "no upper bound", from=0001 "no lower bound".
    public static TheoryData<string, string> BoundaryDates => new()
    {
        { "/events?to=9999&limit=500", "/events?limit=500" }, { "/events?to=9999-12&limit=500", "/events?limit=500" },
        { "/events?to=9999-12-31&limit=500", "/events?limit=500" }, { "/events?from=0001&limit=500", "/events?limit=500" },
        { "/events?from=0001-01-01&to=9999&limit=500", "/events?limit=500" }, { "/events?q=china&from=0001&to=9999", "/events?q=china" },
        { "/events?from=9999", "/events?from=3000" }, { "/events?q=china&from=9999-12", "/events?q=china&from=3000" },
        { "/agreements?to=9999&limit=500", "/agreements?limit=500&to=3000" }, { "/agreements?from=0001-12-31", "/agreements?from=1000" },
        { "/sources?to=9999", "/sources?to=3000" }, { "/sources?from=0001", "/sources" },
        { "/metrics/trade_turnover?from=9999", "/metrics/trade_turnover?from=3000" }, { "/metrics/trade_turnover?from=9999-Q4", "/metrics/trade_turnover?from=3000" },
        // A figure whose documents give no period is certainly in no window, however wide; it may be in any.
        { "/metrics/trade_turnover?to=9999-Q4&dateMatch=possible", "/metrics/trade_turnover" },
        { "/metrics/trade_turnover?from=0001-Q1&to=9999-12-31&dateMatch=possible", "/metrics/trade_turnover" },
        { "/metrics?name=trade_turnover&to=9999&dateMatch=possible", "/metrics/trade_turnover" },
        { "/metrics/trade_turnover/chart.svg?from=9999-12", "/metrics/trade_turnover/chart.svg?from=3000" },
        { "/metrics/trade_turnover/chart.svg?from=0001&to=9999&dateMatch=possible", "/metrics/trade_turnover/chart.svg" },
    };

    [Theory]
    [MemberData(nameof(BoundaryDates))]
    public async Task TheFirstAndLastYearsAreOpenBounds(string url, string equivalent)
    {
        using var response = await _client.GetAsync(url);
        using var expected = await _client.GetAsync(equivalent);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), body);
    }

    [Fact]
    public async Task OpenBoundsKeepEveryRecord()
    {
        var counts = (await _client.GetJson("/health")).GetProperty("counts");
        var all = await _client.GetJson("/events?from=0001&to=9999&limit=500");
        var series = await _client.GetJson("/metrics/trade_turnover?from=0001&to=9999");

        Assert.Equal(counts.GetProperty("events").GetInt32(), all.Ids().Count);
        Assert.NotEmpty(series.GetProperty("observations").EnumerateArray());
    }

    public static ProblemRows UnknownRecords => new()
    {
        { "/events/no-such-event", "no-such-event" }, { "/agreements/no-such-agreement", "no-such-agreement" },
        { "/actors/nobody", "nobody" }, { "/sources/nowhere", "nowhere" }, { "/actors/nobody/events", "nobody" },
        { "/actors/nobody/agreements", "nobody" },
        { "/places/atlantis", "atlantis" }, { "/projects/no-such-project", "no-such-project" }, { "/initiatives/silk-road", "silk-road" },
        { "/projects/no-such-project?asOf=2025-04-20", "no-such-project" },
        // an unknown metric lists the known names
        { "/metrics/gdp", "gdp" }, { "/metrics?name=gdp", "gdp", "trade_turnover" }, { "/metrics/gdp/chart.svg", "gdp", "trade_turnover" },
        { "/events/" + new string('a', 100), new string('a', 60) + "…" },
        { "/metrics/%27%20OR%201%3D1", "' OR 1=1" }, { "/metrics/..%2F..%2Fetc", "..%2F..%2Fetc" }, { "/metrics?name=%3Cscript%3E", "<script>" },
    };

    [Theory]
    [MemberData(nameof(UnknownRecords))]
    public async Task IsA404NamingTheId(string url, string id, string? text)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.NotFound);

        Assert.Contains(id, problem.Str("detail"));
        if (text is not null) Assert.Contains(text, problem.Str("detail"));
    }
}
