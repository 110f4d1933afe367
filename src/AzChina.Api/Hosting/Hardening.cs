using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>Limits and headers that a public, read-only API owes its clients and the browsers that show it.</summary>
internal static class Hardening
{
    public const int MaxUrlLength = 2048;

    /// <summary>A DNS name is at most 253 characters; with a port, 255 is room enough.</summary>
    public const int MaxHostLength = 255;
    public const string RequestIdHeader = "X-Request-Id";

    // JSON and CSV need nothing from a browser; Swagger UI needs its own scripts, styles and images.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string SwaggerUiPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    public static WebApplicationBuilder AddAzChinaHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            // Every endpoint is a GET: nothing needs a body.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>
    /// The client's address and scheme from trusted proxies only; security headers and the request id on every
    /// response; 414 for over-long URLs; and a bounded Host. Runs first, so error responses carry the headers too.
    /// </summary>
    public static WebApplication UseAzChinaHardening(this WebApplication app)
    {
        // Before HSTS and the rate limiter, which read the scheme and the client address (Connections).
        app.UseForwardedHeaders();
        // HSTS only takes effect on HTTPS requests: in Production behind TLS (or a proxy that terminates it).
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        var publicBase = PublicBase(app.Services.GetRequiredService<IOptions<HttpSettings>>().Value.PublicBaseUrl);
        app.Use(async (context, next) =>
        {
            // At start of the response, since the exception handler clears headers set before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers[RequestIdHeader] = context.TraceIdentifier;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerUiPolicy : ApiPolicy;
                return Task.CompletedTask;
            });

            var request = context.Request;
            if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxUrlLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                await Problems.WriteAsync(context, StatusCodes.Status414UriTooLong, "URL too long",
                    "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15", $"The path and query may be at most {MaxUrlLength} characters.");
                return;
            }
            // The Host is in every absolute Link URL and in the cache's keys: a 30 KB Host grew memory by 74 MB per
            // 1,000 requests (issue 16). With a public base URL it is not used at all; without one it is bounded.
            if (publicBase is not null)
            {
                request.Scheme = publicBase.Scheme;
                request.Host = new HostString(publicBase.Authority);
            }
            else if (request.Host.Value?.Length > MaxHostLength)
            {
                await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Host header too long",
                    "https://www.rfc-editor.org/rfc/rfc9110#section-7.2", $"The Host header is {request.Host.Value.Length} characters; at most {MaxHostLength} are accepted.");
                return;
            }
            await next(context);
        });
        return app;
    }

    private static Uri? PublicBase(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query == "")
            return uri;
        throw new InvalidOperationException($"Http:PublicBaseUrl '{url}' must be an http or https URL with no path, such as https://api.example.org");
    }
}
