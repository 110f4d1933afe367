using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

public static class DataSetup
{
    public static IServiceCollection AddAzChinaData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddSingleton<DatabaseBuilder>();
        services.AddSingleton<ReadOnlyDatabase>();
        return services;
    }

    /// <summary>
    /// Builds the database from db/ and seeds/ when it is missing, stale or damaged, and holds on to the
    /// verified file; start-up stops if the seeds are invalid or the file cannot be served.
    /// </summary>
    public static WebApplication BuildAzChinaDatabase(this WebApplication app)
    {
        app.Services.GetRequiredService<DatabaseBuilder>().EnsureCurrent();
        app.Services.GetRequiredService<ReadOnlyDatabase>().Pin();
        return app;
    }
}
