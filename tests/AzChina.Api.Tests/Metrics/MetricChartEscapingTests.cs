using System.Text.Json.Nodes;
using System.Xml.Linq;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Metrics;

/// <summary>Text from the data reaches the chart XML-escaped.</summary>
public sealed class MetricChartEscapingTests : IDisposable
{
    private const string Label = "Trade & \"flows\" <of> 'goods'";
    private readonly TempDirectory _directory = new();
    private readonly AzChinaApiFactory _factory;

    public MetricChartEscapingTests()
    {
        var seeds = _directory.CopyOfSeedsWith("metrics.json", metrics => metrics.Add(new JsonObject
        {
            ["name"] = "escaped_label", ["label"] = Label, ["unit"] = "count",
            ["description"] = "A label full of XML.", ["direction"] = "pair",
        }));
        _factory = new AzChinaApiFactory { SeedsPath = seeds };
    }

    public void Dispose()
    {
        _factory.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task ALabelWithMarkupCharactersIsEscaped()
    {
        var body = await _factory.CreateClient().GetStringAsync("/metrics/escaped_label/chart.svg");

        var chart = XDocument.Parse(body);
        Assert.Contains(chart.Descendants(), e => (string?)e.Attribute("class") == "title" && e.Value == Label);
        Assert.Contains("Trade &amp; \"flows\" &lt;of&gt;", body);
    }
}
