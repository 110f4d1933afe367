using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AzChina.Api.Shared;

/// <summary>The API's problem responses (RFC 9457), so every error names what was wrong in the same shape.</summary>
public static class Problems
{
    /// <summary>400 naming the query parameter and what it accepts.</summary>
    public static ValidationProblem BadParameter(string parameter, string problem) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [problem] },
            detail: $"Query parameter '{parameter}' {problem}.",
            title: "Invalid request parameter",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");

    public static ValidationProblem BadParameter<T>(Parsed<T> parsed) => BadParameter(parsed.Parameter!, parsed.Problem!);

    public static ProblemHttpResult NotFound(string what, string id, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found",
            detail: detail ?? $"There is no {what.ToLowerInvariant()} with id '{RequestParsers.Shown(id)}'.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    /// <summary>503: the data cannot be served as it was verified at start-up (health, the database download).</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Data unavailable",
            detail: detail,
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");

    /// <summary>
    /// Writes a problem from middleware, where no endpoint result is at hand (414, 429, unknown parameters);
    /// with <paramref name="errors"/>, a validation problem naming the parameters, as <see cref="BadParameter"/> does.
    /// </summary>
    public static Task WriteAsync(HttpContext http, int status, string title, string type, string detail,
        IDictionary<string, string[]>? errors = null)
    {
        http.Response.StatusCode = status;
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        (problem.Status, problem.Title, problem.Type, problem.Detail) = (status, title, type, detail);
        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }).AsTask();
    }
}
