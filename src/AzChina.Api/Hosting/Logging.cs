using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace AzChina.Api.Hosting;

internal static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. No static bootstrap logger: tests build many
    /// hosts in one process, and a frozen shared logger throws on the second (serilog-aspnetcore#251).
    /// </summary>
    public static WebApplicationBuilder AddAzChinaLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request: method, path, status and elapsed time, at Http:RequestLogLevel (Debug unless set:
    /// at Information, two minutes of load wrote 358 MB, issue 16). Failures are always Error; 429s are left to
    /// the rate limiter's summary, one line per client per window.
    /// </summary>
    public static WebApplication UseAzChinaRequestLogging(this WebApplication app)
    {
        // The host's logger, not the static Log.Logger, which AddSerilog leaves alone (preserveStaticLogger).
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        var configured = app.Services.GetRequiredService<IOptions<HttpSettings>>().Value.RequestLogLevel;
        if (!Enum.TryParse<LogEventLevel>(configured, ignoreCase: true, out var level))
            throw new InvalidOperationException($"Http:RequestLogLevel '{configured}' is not one of {string.Join(", ", Enum.GetNames<LogEventLevel>())}.");
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.GetLevel = (http, _, error) =>
                error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode == StatusCodes.Status429TooManyRequests ? LogEventLevel.Verbose
                : level;
        });
        return app;
    }
}
