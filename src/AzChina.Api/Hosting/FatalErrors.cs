namespace AzChina.Api.Hosting;

/// <summary>
/// An exception nothing handles (invalid seeds, a damaged database that cannot be rebuilt, a port in use)
/// ends the process with one fatal log line and exit code 1. Left to the runtime it printed a stack trace
/// and aborted with SIGABRT (rc 134, issue 16), which a supervisor reads as a crash, not a refusal.
/// Under WebApplicationFactory the entry point's exceptions are caught and handed to the test, so this never fires there.
/// </summary>
internal static class FatalErrors
{
    private static Serilog.ILogger? _logger;
    private static IHostApplicationLifetime? _lifetime;
    private static int _registered;

    public static WebApplication ExitOnUnhandledErrors(this WebApplication app)
    {
        _logger = app.Services.GetRequiredService<Serilog.ILogger>();
        _lifetime = app.Lifetime;
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            AppDomain.CurrentDomain.UnhandledException += (_, e) => Exit(e.ExceptionObject as Exception);
        return app;
    }

    private static void Exit(Exception? error)
    {
        // One line: a seed error lists every bad field, joined here instead of one per line.
        var reason = string.Join(" | ", (error?.Message ?? "unknown error").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var what = _lifetime?.ApplicationStarted.IsCancellationRequested == true ? "Stopped by an unhandled error" : "Start-up failed";
        var kind = error is null or InvalidOperationException or Domain.Seeds.SeedValidationException ? "" : $" ({error.GetType().Name})";
        try
        {
            _logger?.Fatal("{What:l}{Kind:l}: {Reason:l}", what, kind, reason);
        }
        catch (ObjectDisposedException)
        {
            _logger = null;
        }
        if (_logger is null) Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss} FTL] {what}{kind}: {reason}");
        Environment.Exit(1);
    }
}
