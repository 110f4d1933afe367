using Serilog;

namespace AzChina.Api.Hosting;

/// <summary>
/// An exception nothing handles (invalid seeds, a damaged database that cannot be rebuilt, a bad setting,
/// a port in use) ends the process with one fatal log line and exit code 1. Left to the runtime it printed
/// a stack trace and aborted with SIGABRT (rc 134, issue 16), which a supervisor reads as a crash, not a
/// refusal. Registered before the host is built, since settings are read while it is built; the line goes
/// through a logger made from the same Serilog configuration, as the host's own may not exist yet.
/// Under WebApplicationFactory the entry point's exceptions are caught and handed to the test, so this never fires there.
/// </summary>
internal static class FatalErrors
{
    private static int _registered;
    private static volatile bool _started;

    public static WebApplicationBuilder ExitOnUnhandledErrors(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            AppDomain.CurrentDomain.UnhandledException += (_, e) => Exit(configuration, e.ExceptionObject as Exception);
        builder.Services.AddHostedService<StartedSignal>();
        return builder;
    }

    private static void Exit(IConfiguration configuration, Exception? error)
    {
        // One line: a seed error lists every bad field, joined here instead of one per line.
        var reason = string.Join(" | ", (error?.Message ?? "unknown error").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var what = _started ? "Stopped by an unhandled error" : "Start-up failed";
        var kind = error is null or InvalidOperationException or Domain.Seeds.SeedValidationException ? "" : $" ({error.GetType().Name})";
        try
        {
            using var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger();
            logger.Fatal("{What:l}{Kind:l}: {Reason:l}", what, kind, reason);
        }
        catch (Exception)
        {
            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss} FTL] {what}{kind}: {reason}");
        }
        Environment.Exit(1);
    }

    /// <summary>Tells a failure after start-up from one during it.</summary>
    private sealed class StartedSignal(IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => _started = true);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
