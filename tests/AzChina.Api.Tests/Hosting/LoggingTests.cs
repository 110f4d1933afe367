using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

public sealed class LoggingTests : IDisposable
{
    private readonly AzChinaApiFactory _factory = new()
    {
        Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information", ["Http:RequestLogLevel"] = "Information" },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void StartUpSaysWhereTheDatabaseIsAndThatItWasBuilt()
    {
        _factory.CreateClient();

        Assert.Contains(_factory.Logs.Lines, l => l.StartsWith("Building database") && l.Contains(_factory.DatabasePath));
        Assert.Contains(_factory.Logs.Lines, l => l.StartsWith("Built database"));
    }

    [Fact]
    public async Task EachRequestGetsOneLineWithMethodPathStatusAndElapsed()
    {
        var client = _factory.CreateClient();

        await client.GetAsync("/metrics/trade_turnover");
        await client.GetAsync("/events/nope");

        var requests = _factory.Logs.Lines.Where(l => l.StartsWith("HTTP ")).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Matches(@"^HTTP ""GET"" ""/metrics/trade_turnover"" responded 200 in \d+(\.\d+)? ms$", requests[0]);
        Assert.Contains("responded 404", requests[1]);
    }

    [Fact]
    public void ASecondHostInTheSameProcessStartsAndReusesTheDatabase()
    {
        _factory.CreateClient();
        using var second = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Database:Path"] = _factory.DatabasePath,
                ["Serilog:MinimumLevel:Default"] = "Information",
            },
        };

        second.CreateClient();

        Assert.Contains(second.Logs.Lines, l => l.Contains("is current") && l.Contains("reusing it"));
    }

    [Fact]
    public async Task ByDefaultRequestLinesAreDebugSoLoadDoesNotFloodAnInformationLog()
    {
        using var factory = new AzChinaApiFactory
        {
            Settings = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" },
        };
        var client = factory.CreateClient();

        await client.GetAsync("/metrics/trade_turnover");
        await client.GetAsync("/events/nope");

        Assert.DoesNotContain(factory.Logs.Lines, l => l.StartsWith("HTTP "));
        Assert.Contains(factory.Logs.Lines, l => l.StartsWith("Building database"));
    }
}
