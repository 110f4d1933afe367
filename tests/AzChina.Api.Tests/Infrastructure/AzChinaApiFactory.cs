using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>
/// The API over its own temporary database, built from the repository's seeds (or the given ones)
/// when the host starts. Shared per test class; nothing leaks into other classes.
/// </summary>
public class AzChinaApiFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _directory = new();
    /// <summary>Seeds to build from instead of the repository's.</summary>
    public string? SeedsPath { get; init; }

    /// <summary>Extra configuration for the host.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Services to add or replace in the host (a clock, say).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Every line the host logged, at the level the settings allow (Warning unless a test asks for more).</summary>
    public CapturedLogs Logs { get; } = new();

    public string DatabasePath => _directory.File("azchina.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Path"] = DatabasePath,
                ["Serilog:MinimumLevel:Default"] = "Warning",
            };
            if (SeedsPath is not null) settings["Database:SeedsPath"] = SeedsPath;
            foreach (var (key, value) in Settings) settings[key] = value;
            config.AddInMemoryCollection(settings);
        });
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            ExtraServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _directory.Dispose();
    }
}
