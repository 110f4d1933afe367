using System.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>
/// Writes every problem as application/problem+json, whatever the request's Accept header says.
/// The framework's writer declines unless Accept covers JSON, and then a 429 or 414 (written with
/// WriteAsync) becomes a 500, a binding failure a bare 400 and a 404 text/plain: a client that asks
/// for text/csv would get no error it can read. An error has one documented form; this writer is
/// registered before AddProblemDetails adds the framework's, so it is the one that is used.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        // What the framework's writer fills in for the problems it raises itself (404, 405, 500).
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= problem.Status == StatusCodes.Status500InternalServerError
            ? "An error occurred while processing your request."
            : ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Type ??= problem.Status switch
        {
            StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
            StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
            StatusCodes.Status500InternalServerError => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
            _ => null,
        };
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        options.Value.CustomizeProblemDetails?.Invoke(context);

        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, json.Value.SerializerOptions.GetTypeInfo(problem.GetType()), ContentType, http.RequestAborted));
    }
}
