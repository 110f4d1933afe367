using System.Net;
using System.Xml.Linq;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>GET /metrics/{name}/chart.svg: well-formed SVG, one mark per observation, following the series filters.</summary>
public class MetricChartTests(AzChinaApiFactory factory) : IClassFixture<AzChinaApiFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<XDocument> GetChart(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(body); // throws unless it is well-formed XML
    }

    private static IReadOnlyList<XElement> WithClass(XDocument chart, string cssClass) =>
        chart.Descendants().Where(e => (string?)e.Attribute("class") == cssClass).ToList();

    private static IReadOnlyList<string> Texts(XDocument chart, string cssClass) =>
        WithClass(chart, cssClass).Select(e => e.Nodes().OfType<XText>().Single().Value).ToList();

    [Fact]
    public async Task TurnoverChartIsAnSvgWithOneMarkPerObservationWithAPeriod()
    {
        var chart = await GetChart("/metrics/trade_turnover/chart.svg");
        var series = await _client.GetJson("/metrics/trade_turnover");

        Assert.Equal(Svg + "svg", chart.Root!.Name);
        Assert.Equal(series.Observations().Count(o => !o.IsNull("period")), WithClass(chart, "mark").Count);
        Assert.All(WithClass(chart, "mark"), m => Assert.Equal(Svg + "rect", m.Name));
        // "Exceeding $4 billion" has no period given: a chart over time has no place for it.
        Assert.Equal(["2024", "2025-Q1"], Texts(chart, "period"));
        Assert.Equal(["$3.7 billion", "over $1 billion"], Texts(chart, "value"));
        Assert.Equal(["4 sources", "1 source"], Texts(chart, "sources"));
        Assert.Equal(["▲"], Texts(chart, "hedge"));
        Assert.Equal("Azerbaijan–China trade turnover", Texts(chart, "title").Single());
    }

    [Fact]
    public async Task TheChartFollowsAsOfAndLatest()
    {
        var endOf2025 = await GetChart("/metrics/trade_turnover/chart.svg?asOf=2025-12-31");
        var latest = await GetChart("/metrics/trade_turnover/chart.svg?latest=1");

        Assert.Equal(["2024", "2025-Q1"], Texts(endOf2025, "period"));
        Assert.EndsWith("as known on 2025-12-31", string.Join(" ", Texts(endOf2025, "subtitle")));
        Assert.Equal(["2025-Q1"], Texts(latest, "period"));
    }

    [Fact]
    public async Task InvestmentShowsEachDirectionAndCanBeNarrowedToOne()
    {
        var both = await GetChart("/metrics/investment_stock/chart.svg");
        var fromChina = await GetChart("/metrics/investment_stock/chart.svg?reporter=CN&partner=AZ");

        Assert.Equal(["AZ→CN", "CN→AZ"], Texts(both, "direction"));
        Assert.Equal(2, WithClass(both, "mark").Count);
        Assert.Single(WithClass(fromChina, "mark"));
        Assert.Equal(["nearly $942 million"], Texts(fromChina, "value"));
        Assert.Equal(["▼"], Texts(fromChina, "hedge"));
    }

    [Fact]
    public async Task ALongTitleAndSubtitleWrapInsteadOfBeingClipped()
    {
        var chart = await GetChart("/metrics/belt_and_road_investment_rank/chart.svg?asOf=2025-12-31");
        var series = await _client.GetJson("/metrics/belt_and_road_investment_rank");

        var width = double.Parse(chart.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var title = Texts(chart, "title");
        var subtitle = Texts(chart, "subtitle");
        Assert.Equal(series.Str("label"), string.Join(" ", title));
        Assert.True(title.Count > 1);
        Assert.EndsWith("as known on 2025-12-31", string.Join(" ", subtitle));
        // Measured in DejaVu Sans, this text averages 9.5 px a character at 16 px bold and 5.5 px at 11 px: each line fits between the margins.
        Assert.All(title, line => Assert.True(line.Length * 9.5 <= width - 64, $"'{line}' is too long for {width} px"));
        Assert.All(subtitle, line => Assert.True(line.Length * 5.5 <= width - 64, $"'{line}' is too long for {width} px"));
    }

    [Fact]
    public async Task EverythingBelowAWrappedHeaderMovesDownAndStaysInside()
    {
        var chart = await GetChart("/metrics/belt_and_road_investment_rank/chart.svg?asOf=2025-12-31");

        var height = double.Parse(chart.Root!.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var lastSubtitle = WithClass(chart, "subtitle").Max(e => double.Parse(e.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        var body = chart.Root!.Elements(Svg + "g").Single(g => g.Attribute("transform") is not null);
        var shift = double.Parse(body.Attribute("transform")!.Value.Split(' ', '(', ')')[2], System.Globalization.CultureInfo.InvariantCulture);
        var ys = body.Descendants(Svg + "text").Select(t => double.Parse(t.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture) + shift).ToList();
        Assert.True(ys.Min() > lastSubtitle + 10, $"the plot starts at {ys.Min()}, under a subtitle at {lastSubtitle}");
        Assert.True(ys.Max() < height, $"text at {ys.Max()} in a chart {height} high");
    }

    [Fact]
    public async Task AQuartersBarIsNarrowerThanAYearsAndTheLegendSaysWhy()
    {
        var chart = await GetChart("/metrics/trade_turnover/chart.svg");

        var bars = WithClass(chart, "mark").ToDictionary(m => (string)m.Parent!.Attribute("data-period")!, m => m);
        double Width(string period) => double.Parse(bars[period].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("year", (string?)bars["2024"].Attribute("data-length"));
        Assert.Equal("quarter", (string?)bars["2025-Q1"].Attribute("data-length"));
        Assert.True(Width("2025-Q1") < Width("2024") * 0.7);
        Assert.Contains(Texts(chart, "legend"), l => l.StartsWith("Bar width shows the period's length: year (widest) · quarter"));
    }

    [Fact]
    public async Task RanksAreDotsNotBars()
    {
        var chart = await GetChart("/metrics/trading_partner_rank/chart.svg");

        // Ranks are as of the day they were stated (seeds/README.md): the Xinhua interview and the Li Qiang meeting.
        Assert.All(WithClass(chart, "mark"), mark => Assert.Equal(Svg + "circle", mark.Name));
        Assert.Equal(["2025-04-21", "2025-04-23"], Texts(chart, "period"));
        Assert.Equal(["4th", "4th"], Texts(chart, "value"));
        // OC Media and Trend both relay the Xinhua interview: one origin; Caliber's is the Li Qiang meeting.
        Assert.Equal(["2 sources · 1 origin", "1 source"], Texts(chart, "sources"));
    }

    [Fact]
    public async Task AnEmptySeriesIsStillAChart()
    {
        var chart = await GetChart("/metrics/investment_stock/chart.svg?reporter=FR");

        Assert.Empty(WithClass(chart, "mark"));
        Assert.Single(WithClass(chart, "empty"));
    }

    [Fact]
    public async Task TheChartIsDocumentedAsAnSvgImage()
    {
        var document = await _client.GetJson("/swagger/v1/swagger.json");

        var get = document.GetProperty("paths").GetProperty("/metrics/{name}/chart.svg").GetProperty("get");
        Assert.Equal("getMetricChart", get.Str("operationId"));
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("image/svg+xml", out _));
    }

    [Fact]
    public async Task TheChartTakesFormatSvgAsItsOnlyFormat()
    {
        using var plain = await _client.GetAsync("/metrics/trade_turnover/chart.svg");
        using var svg = await _client.GetAsync("/metrics/trade_turnover/chart.svg?format=svg");

        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await svg.Content.ReadAsStringAsync());
    }
}
