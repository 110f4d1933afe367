using System.Diagnostics;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// The built API started as a published one is, `dotnet /path/to/AzChina.Api.dll`, from a folder that
/// is not its own: it must find appsettings.json (the console log set-up), db/ and seeds/ beside the binary.
/// </summary>
public sealed class StartFromAnyFolderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The API's own build output, of the configuration these tests were built in (bin/Debug/net10.0).</summary>
    private static string ApiAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(TestPaths.RepositoryRoot, "src", "AzChina.Api", "bin", testOutput.Parent!.Name, testOutput.Name, "AzChina.Api.dll");
        Assert.True(File.Exists(path), $"{path} is not built");
        return path;
    }

    [Fact]
    public async Task ADllStartedFromAnotherFolderReadsItsConfigurationAndSeedsBesideItself()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // BuildOnly: build the database and exit, so the test needs no port.
            ArgumentList = { ApiAssembly(), "--Database:BuildOnly=true" },
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var api = Process.Start(start)!;
        var output = api.StandardOutput.ReadToEndAsync();
        var errors = api.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await api.WaitForExitAsync(timeout.Token);

        var log = await output + await errors;
        Assert.True(api.ExitCode == 0, $"exit code {api.ExitCode}: {log}");
        // The console sink and its template come from appsettings.json: without it the API says nothing.
        Assert.Matches(@"\[\d\d:\d\d:\d\d INF\] Built database", log);
        // Database:Path (data/azchina.db) stays relative to the working directory, as documented.
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data", "azchina.db")), log);
    }
}
