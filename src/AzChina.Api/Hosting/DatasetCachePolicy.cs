using System.Security.Cryptography;
using System.Text;
using AzChina.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Hosting;

/// <summary>
/// How a read of the dataset is cached. A representation is fixed by the dataset fingerprint, the code
/// (<see cref="CodeVersion"/>), the URL and the negotiated format, so its strong ETag is computed before the
/// endpoint runs; the output cache keeps the 200 under the host, path, query and format, and answers
/// If-None-Match from what it keeps.
/// </summary>
internal sealed class DatasetCachePolicy(ReadOnlyDatabase database, IOptions<HttpSettings> settings) : IOutputCachePolicy
{
    private readonly string _cacheControl = $"public, max-age={settings.Value.CacheMaxAgeSeconds}";
    private readonly bool _enabled = settings.Value.ResponseCacheBytes > 0;
    // Kept no longer than clients may keep it, so the Age header the cache adds never passes max-age.
    private readonly TimeSpan _keptFor = TimeSpan.FromSeconds(Math.Max(1, settings.Value.CacheMaxAgeSeconds));

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return ValueTask.CompletedTask;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = _enabled;
        context.AllowCacheStorage = _enabled;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["format"] = ResponseFormats.AcceptsCsv(request) ? "csv" : "json";
        context.ResponseExpirationTimeSpan = _keptFor;

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Sets the ETag and Cache-Control of a response the endpoint is about to write, so the cache keeps them
    /// with it; a filter, so that a response served from the cache does not compute them again. An error
    /// loses them when it starts.
    /// </summary>
    public async ValueTask<object?> SetHeaders(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        // An endpoint of the group that opted out of the cache (.CacheOutput(p => p.NoCache())) has no ETag either.
        if (http.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() != this) return await next(invocation);
        var request = http.Request;
        var response = http.Response;
        response.Headers.ETag = ETagFor(request, database.Fingerprint, ResponseFormats.AcceptsCsv(request));
        response.Headers.CacheControl = _cacheControl;
        response.Headers.Vary = HeaderNames.Accept;
        response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified))
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
            }
            return Task.CompletedTask;
        }, response);
        return await next(invocation);
    }

    private static string ETagFor(HttpRequest request, string fingerprint, bool csv)
    {
        var representation = Encoding.UTF8.GetBytes($"{CodeVersion.Value}\n{request.Path}{request.QueryString}\n{(csv ? "csv" : "json")}");
        return $"\"{fingerprint}-{Convert.ToHexStringLower(SHA256.HashData(representation))[..16]}\"";
    }
}
