namespace AzChina.Api.Stored;

/// <summary>
/// One record or series answered from its stored JSON (issue 15) before the endpoint computes it. The
/// endpoint stays as it is and answers whatever the store does not: another format, a filter, an id
/// that is not there (its 404 and 400s), a database rendered by other code.
/// </summary>
internal static class StoredAnswers
{
    /// <summary>Answers from the representation stored as <paramref name="kind"/> under the route or query value <paramref name="key"/>.</summary>
    public static RouteHandlerBuilder AnsweredFromStore(this RouteHandlerBuilder route, string kind, string key) =>
        route.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            var database = http.RequestServices.GetRequiredService<ReadOnlyDatabase>();
            return database.ServesStored && KeyOf(http.Request, key) is { } id && StoredRows.Find(database, kind, id) is { } json
                ? new StoredJsonResult(json)
                : await next(invocation);
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
