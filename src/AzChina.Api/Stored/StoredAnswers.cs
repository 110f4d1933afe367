using Microsoft.Data.Sqlite;

namespace AzChina.Api.Stored;

/// <summary>
/// One record or series answered from its stored JSON (issue 15) before the endpoint computes it. The
/// endpoint stays as it is and answers whatever the store does not: another format, a filter, an id
/// that cannot be one (its 400s), a database rendered by other code.
/// </summary>
internal static class StoredAnswers
{
    /// <summary>Answers from the representation stored as <paramref name="kind"/> under the route or query value <paramref name="key"/>.</summary>
    /// <param name="missing">
    /// The endpoint's answer for a key nothing is stored under, on the connection already open (the store holds every record
    /// of its kind, so that is the endpoint's 404); null where the endpoint must answer itself, without asking the database.
    /// </param>
    public static RouteHandlerBuilder AnsweredFromStore(this RouteHandlerBuilder route, string kind, string key,
        Func<SqliteConnection, string, IResult?> missing) =>
        route.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var database = http.RequestServices.GetRequiredService<ReadOnlyDatabase>();
            if (!database.ServesStored || KeyOf(http.Request, key) is not { } id) return await next(invocation);
            IResult? answer;
            using (var db = database.Open())
                answer = StoredRows.Find(db, kind, id) is { } json ? new StoredJsonResult(json) : missing(db, id);
            return answer ?? await next(invocation);
        });

    // Only the plain request, which the stored representation is: the key, JSON, and nothing else but format=json.
    private static string? KeyOf(HttpRequest request, string key)
    {
        string? format = null;
        foreach (var (name, values) in request.Query)
        {
            if (values.Count != 1 || (name != key && name != "format")) return null;
            if (name == "format") format = values[0];
        }
        if (ResponseFormats.Negotiate(request, format) is not { IsValid: true, Value: ResponseFormat.Json }) return null;
        return request.RouteValues.TryGetValue(key, out var routed) ? routed as string
            : request.Query.TryGetValue(key, out var queried) ? queried[0] : null;
    }
}

/// <summary>A 200 with stored JSON, with the headers the computed answer has (Ok's JSON writer sets the same content type).</summary>
internal sealed class StoredJsonResult(byte[] json) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        return response.Body.WriteAsync(json).AsTask();
    }
}
