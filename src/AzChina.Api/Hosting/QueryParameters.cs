using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AzChina.Api.Hosting;

/// <summary>
/// A query parameter the endpoint does not take is a 400 naming it: <c>?limt=5</c> was silently ignored, and
/// every <c>?nonce=N</c> was a new cache entry and a cache miss (issue 16). What each endpoint takes comes from
/// its own parameter list, as the API explorer reads it for the OpenAPI document, so the two cannot disagree.
/// </summary>
internal static class QueryParameters
{
    public static WebApplication UseKnownQueryParameters(this WebApplication app)
    {
        var known = new Lazy<Dictionary<MethodInfo, string[]>>(() => Read(app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>()));
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.QueryString.HasValue
                && context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>() is { } handler
                && known.Value.TryGetValue(handler, out var names))
            {
                var unknown = request.Query.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
                if (unknown.Count > 0)
                {
                    await WriteProblem(context, unknown, names);
                    return;
                }
            }
            await next(context);
        });
        return app;
    }

    private static Dictionary<MethodInfo, string[]> Read(IApiDescriptionGroupCollectionProvider explorer)
    {
        var known = new Dictionary<MethodInfo, string[]>();
        foreach (var description in explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items))
        {
            if (description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { } handler) continue;
            known[handler] = description.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Query)
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .Distinct()
                .ToArray();
        }
        return known;
    }

    private static Task WriteProblem(HttpContext context, IReadOnlyList<string> unknown, string[] names)
    {
        var shown = unknown.Select(RequestParsers.Shown).ToList();
        var takes = names.Length == 0 ? "This endpoint takes no query parameters." : $"This endpoint takes: {string.Join(", ", names)}.";
        return Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Unknown query parameter",
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            $"Unknown query parameter{(shown.Count == 1 ? "" : "s")} {string.Join(", ", shown.Select(n => $"'{n}'"))}. {takes}",
            shown.Distinct().ToDictionary(name => name, _ => new[] { "is not a parameter of this endpoint" }));
    }
}
