using System.Security.Cryptography;
using System.Text;
using AzChina.Api.Data;
using AzChina.Api.Shared;
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

        var csv = ResponseFormats.AcceptsCsv(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = _enabled;
        context.AllowCacheStorage = _enabled;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["format"] = csv ? "csv" : "json";
        context.ResponseExpirationTimeSpan = _keptFor;

        // Set now, so the cache keeps them with the response; taken off again from an error.
        var response = context.HttpContext.Response;
        response.Headers.ETag = ETagFor(request, database.Fingerprint.Value, csv);
        response.Headers.CacheControl = _cacheControl;
        response.Headers.Vary = HeaderNames.Accept;
        response.OnStarting(() =>
        {
            if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified))
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
            }
            return Task.CompletedTask;
        });
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static string ETagFor(HttpRequest request, string fingerprint, bool csv)
    {
        var representation = Encoding.UTF8.GetBytes($"{CodeVersion.Value}\n{request.Path}{request.QueryString}\n{(csv ? "csv" : "json")}");
        return $"\"{fingerprint}-{Convert.ToHexStringLower(SHA256.HashData(representation))[..16]}\"";
    }
}
