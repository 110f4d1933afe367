namespace AzChina.Api.Hosting;

// Query parameters bind as strings and are parsed by RequestParsers, so the framework has no binding
// failure of its own to report; anything it still refuses (dotnet/aspnetcore#48355: a bare 400) gets a
// problem+json body from the status-code pages.
internal static class ErrorHandling
{
    /// <summary>Every error is problem+json (RFC 9457): the framework's own 400, 404 and 405 responses included.</summary>
    public static IServiceCollection AddAzChinaProblems(this IServiceCollection services)
    {
        // First, so that it is the writer used: problem+json even for a client that asked for CSV.
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        // Every problem names its request, so a report can be matched to its log line.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
        });
        return services;
    }

    public static WebApplication UseAzChinaProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
