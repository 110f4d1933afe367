using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

internal static class RateLimiting
{
    /// <summary>A fixed window per client address; a rejected request gets 429 problem+json with Retry-After (the limiter's default is a bare 503).</summary>
    public static IServiceCollection AddAzChinaRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HttpSettings>>((options, http) =>
        {
            var settings = http.Value;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.RateLimitPermits,
                        Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
                        QueueLimit = 0,
                    }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : settings.RateLimitWindowSeconds;
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests", "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                    $"This client made more than {settings.RateLimitPermits} requests in {settings.RateLimitWindowSeconds} s; retry after {retryAfter} s.");
            };
        });
        return services;
    }
}
