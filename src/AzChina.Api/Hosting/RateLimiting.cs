using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

internal static class RateLimiting
{
    private const string Refusals = "rate-limit";

    /// <summary>
    /// A fixed window per client address; a rejected request gets 429 problem+json with Retry-After, the time
    /// left in the window (the limiter's default is a bare 503). Refusals are logged as one line per client per
    /// window, not one per request.
    /// </summary>
    public static IServiceCollection AddAzChinaRateLimiting(this IServiceCollection services)
    {
        services.AddKeyedSingleton(Refusals, (sp, _) =>
        {
            var settings = sp.GetRequiredService<IOptions<HttpSettings>>().Value;
            return new RefusalSummary(sp,
                $"requests over the rate limit ({settings.RateLimitPermits} per {settings.RateLimitWindowSeconds} s)",
                TimeSpan.FromSeconds(settings.RateLimitWindowSeconds));
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HttpSettings>, IServiceProvider>((options, http, services) =>
        {
            var settings = http.Value;
            var window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds);
            var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.Get(ClientOf(context), _ => new WindowLimiter(settings.RateLimitPermits, window, time)));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.RequestServices.GetRequiredKeyedService<RefusalSummary>(Refusals).Count(ClientOf(http));
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : settings.RateLimitWindowSeconds;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests", "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                    $"This client made more than {settings.RateLimitPermits} requests in {settings.RateLimitWindowSeconds} s; retry after {retryAfter} s.");
            };
        });
        return services;
    }

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
