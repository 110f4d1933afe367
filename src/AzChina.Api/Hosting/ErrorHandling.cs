using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace AzChina.Api.Hosting;

internal static partial class ErrorHandling
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
        services.AddExceptionHandler<BadRequestHandler>();
        // Binding failures (limit=abc) throw, so that BadRequestHandler can name the parameter, instead
        // of ending in a bare 400 with an empty body outside Development (dotnet/aspnetcore#48355).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseAzChinaProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Turns a request the framework could not bind into a 400 naming the parameter and the value.</summary>
    private sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad) return false;

            var match = BindingFailure().Match(bad.Message);
            var parameter = match.Success ? AsSent(context.Request, match.Groups["name"].Value) : null;
            context.Response.StatusCode = bad.StatusCode;
            var problem = new HttpValidationProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Invalid request parameter",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
                Detail = parameter is null
                    ? bad.Message
                    : $"Query parameter '{parameter}' has a value that is not a valid {Describe(match.Groups["type"].Value)}: '{match.Groups["value"].Value}'.",
            };
            if (parameter is not null)
                problem.Errors[parameter] = [$"'{match.Groups["value"].Value}' is not a valid {Describe(match.Groups["type"].Value)}"];
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }

        /// <summary>The query key as the client wrote it; [AsParameters] reports the property name (Limit for limit).</summary>
        private static string AsSent(HttpRequest request, string name) =>
            request.Query.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
            ?? char.ToLowerInvariant(name[0]) + name[1..];

        private static string Describe(string type) => type.TrimEnd('?') switch
        {
            "int" or "long" => "whole number",
            "DateOnly" => "date (YYYY-MM-DD)",
            "bool" => "boolean (true or false)",
            var other => other,
        };
    }

    // The framework's message: Failed to bind parameter "int? limit" from "abc".
    [GeneratedRegex("""parameter "(?<type>[^"]+?) (?<name>[^" ]+)" from "(?<value>[^"]*)"[.]?""")]
    private static partial Regex BindingFailure();
}
