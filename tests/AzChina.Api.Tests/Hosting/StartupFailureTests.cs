using System.Diagnostics;
using AzChina.Api.Tests.Infrastructure;
using AzChina.Domain.Seeds;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// A start-up that cannot go on is one fatal log line and exit code 1, never a stack trace and SIGABRT
/// (issue 16). Only a real process has an exit code, so these run the API's own binary.
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static (int ExitCode, string[] Lines) Run(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The test output holds the API's binary, its appsettings.json, db/ and seeds/.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AzChina.Api.dll"));
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        // Port 0: should start-up ever get that far, it binds nowhere in particular.
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The API did not stop within 60 s");
        }
        var lines = (stdout.Result + stderr.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (process.ExitCode, lines);
    }

    private static void AssertOneFatalLine(int exitCode, string[] lines, string reason)
    {
        Assert.Equal(1, exitCode);
        var fatal = Assert.Single(lines, l => l.Contains(" FTL] "));
        Assert.Contains(reason, fatal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ") || l.Contains("Unhandled exception"));
    }

    [Fact]
    public void InvalidSeedsEndStartUpWithOneFatalLineAndExitCode1()
    {
        var seeds = _directory.CopyOfSeeds();
        var events = Path.Combine(seeds, SeedDataset.Files.Events);
        File.WriteAllText(events, File.ReadAllText(events).Replace("\"type\": \"meeting\"", "\"type\": \"party\""));

        var (exitCode, lines) = Run($"--Database:Path={_directory.File("azchina.db")}", $"--Database:SeedsPath={seeds}");

        AssertOneFatalLine(exitCode, lines, "field 'type': 'party' is not one of");
    }

    [Fact]
    public void AMissingDatabaseWithBuildFromSeedsOffEndsStartUpWithExitCode1()
    {
        var (exitCode, lines) = Run($"--Database:Path={_directory.File("azchina.db")}", "--Database:BuildFromSeeds=false");

        AssertOneFatalLine(exitCode, lines, "there is no database at");
    }

    [Fact]
    public void AnUnwritableDataFolderEndsStartUpNamingTheFolder()
    {
        File.WriteAllText(_directory.File("a-file"), "");

        var (exitCode, lines) = Run($"--Database:Path={_directory.File("a-file")}/data/azchina.db");

        AssertOneFatalLine(exitCode, lines, "is read-only or cannot be written");
    }

    [Fact]
    public void ABadSettingReadWhileTheHostIsBuiltEndsStartUpWithExitCode1()
    {
        var (exitCode, lines) = Run($"--Database:Path={_directory.File("azchina.db")}", "--Http:TrustedProxies:0=not-an-ip");

        AssertOneFatalLine(exitCode, lines, "Http:TrustedProxies: 'not-an-ip' is not an IP address or network");
    }
}
