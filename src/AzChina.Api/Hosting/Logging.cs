using Serilog;

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

    /// <summary>One line per request: method, path, status and elapsed time.</summary>
    public static WebApplication UseAzChinaRequestLogging(this WebApplication app)
    {
        // The host's logger, not the static Log.Logger, which AddSerilog leaves alone (preserveStaticLogger).
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options => options.Logger = logger);
        return app;
    }
}
