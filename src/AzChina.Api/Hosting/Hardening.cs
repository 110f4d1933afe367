namespace AzChina.Api.Hosting;

/// <summary>Limits and headers that a public, read-only API owes its clients and the browsers that show it.</summary>
internal static class Hardening
{
    public const int MaxUrlLength = 2048;
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
    /// Security headers and the request id on every response, and 414 for over-long URLs. Runs first,
    /// so error responses carry them too.
    /// </summary>
    public static WebApplication UseAzChinaHardening(this WebApplication app)
    {
        // HSTS only takes effect on HTTPS requests: in Production behind TLS (or a proxy that terminates it).
        if (!app.Environment.IsDevelopment()) app.UseHsts();
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
            await next(context);
        });
        return app;
    }
}
