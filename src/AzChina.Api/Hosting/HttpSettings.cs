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

    // Connections, hosts and proxies (docs/operations.md); issue 16.

    /// <summary>Connections open at once; past it Kestrel closes new ones at once. Keep it well below the process's open-file limit (ulimit -n).</summary>
    public int MaxConnections { get; set; } = 4096;

    /// <summary>Connections open at once from one client address (trusted proxies excepted); past it new ones are closed at once.</summary>
    public int MaxConnectionsPerClient { get; set; } = 128;

    /// <summary>How long an idle connection (before its first request or between requests) is kept; above nginx's 60 s upstream keep-alive.</summary>
    public int KeepAliveTimeoutSeconds { get; set; } = 65;

    /// <summary>How long a client may take to send a request's headers.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The address clients reach the API at (https://api.example.org). When set, Link URLs are built from it and
    /// the Host header is not used at all; when unset, they are built from the Host header, which must be at most
    /// 255 characters.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Addresses or networks (CIDR) whose X-Forwarded-For and X-Forwarded-Proto are believed: the reverse proxy in
    /// front. Unset: 127.0.0.1 and ::1 only. (Null rather than a default list, which configuration would append to.)
    /// </summary>
    public string[]? TrustedProxies { get; set; }

    /// <summary>Level of the one line per request (Serilog names: Verbose, Debug, Information, …); 5xx are always Error, 429s are summarised.</summary>
    public string RequestLogLevel { get; set; } = "Debug";
}
