using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

public static class DataSetup
{
    public static IServiceCollection AddAzChinaData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        // The API renders what it serves into the database it builds (issue 15).
        services.AddSingleton<IRepresentationRenderer, Stored.StoredRepresentations>();
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
        var database = app.Services.GetRequiredService<ReadOnlyDatabase>();
        database.Pin(CodeVersion.Value);
        if (!database.ServesStored)
            app.Logger.LogWarning("The database's stored representations were not rendered by this code ({Code}): every answer is computed per request. " +
                                  "Build the file again to serve them", CodeVersion.Value);
        return app;
    }
}
