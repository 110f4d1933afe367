using System.Security.Cryptography;
using System.Text;
using AzChina.Api.Data;
using AzChina.Api.Shared;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Hosting;

/// <summary>
/// Strong ETags for every successful GET. The data cannot change while the API runs, so a
/// representation is fixed by the dataset fingerprint, the code (<see cref="CodeVersion"/>), the URL and the
/// negotiated format: the tag is computed from those before the endpoint runs, and a matching
/// If-None-Match is answered 304 without touching the database.
/// </summary>
internal static class Caching
{
    /// <summary>The in-memory response cache, sized by Http:ResponseCacheMegabytes (0: off).</summary>
    public static IServiceCollection AddAzChinaCaching(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var bytes = Math.Max(0L, sp.GetRequiredService<IOptions<HttpSettings>>().Value.ResponseCacheMegabytes) * 1024 * 1024;
            return new ResponseCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, bytes) }), bytes);
        });

    public static WebApplication UseAzChinaCaching(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<ReadOnlyDatabase>();
        var responses = app.Services.GetRequiredService<ResponseCache>();
        var settings = app.Services.GetRequiredService<IOptions<HttpSettings>>().Value;
        var cacheControl = $"public, max-age={settings.CacheMaxAgeSeconds}";
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.StartsWithSegments("/health")
                // The documentation describes the build, not the data; Swashbuckle serves it fresh.
                || request.Path.StartsWithSegments("/swagger"))
            {
                await next(context);
                return;
            }

            var etag = ETagFor(request, database.Fingerprint.Value);
            if (MatchesAny(request.Headers.IfNoneMatch, etag))
            {
                SetHeaders(context.Response, etag, cacheControl);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK) SetHeaders(context.Response, etag, cacheControl);
                return Task.CompletedTask;
            });
            if (!responses.Enabled || !IsKept(request))
            {
                await next(context);
                return;
            }
            var key = ResponseCache.Key(request, etag);
            if (!await responses.TryServe(context, key)) await responses.RunAndKeep(context, key, next);
        });
        return app;
    }

    // If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy that compresses may send back W/"…".
    // "*" matches any current representation.
    private static bool MatchesAny(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Any(value => value?.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag) == true);

    // The database download is a file sent as it is (with ranges).
    private static bool IsKept(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !request.Headers.ContainsKey(HeaderNames.Range)
        && !request.Path.StartsWithSegments("/export/azchina.db");

    private static void SetHeaders(HttpResponse response, string etag, string cacheControl)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = HeaderNames.Accept;
    }

    public static string ETagFor(HttpRequest request, string fingerprint)
    {
        var format = ResponseFormats.AcceptsCsv(request) ? "csv" : "json";
        var representation = Encoding.UTF8.GetBytes($"{CodeVersion.Value}\n{request.Path}{request.QueryString}\n{format}");
        return $"\"{fingerprint}-{Convert.ToHexStringLower(SHA256.HashData(representation))[..16]}\"";
    }
}
