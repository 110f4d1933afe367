namespace AzChina.Api.Hosting;

/// <summary>The <c>Http</c> configuration section: caching and rate limits.</summary>
public sealed class HttpSettings
{
    public const string Section = "Http";

    /// <summary>Cache-Control max-age for successful GET responses, in seconds.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 300;

    /// <summary>Requests one client address may make per window; generous, to stop abuse rather than use.</summary>
    public int RateLimitPermits { get; set; } = 1200;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Memory for successful GET responses kept per URL (see Caching); 0 turns the cache off.</summary>
    public int ResponseCacheMegabytes { get; set; } = 64;

    public long ResponseCacheBytes => Math.Max(0L, ResponseCacheMegabytes) * 1024 * 1024;
}
