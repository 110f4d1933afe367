using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Hosting;

internal static class CrossOrigin
{
    /// <summary>
    /// Any web page may read the API: GET and HEAD from any origin, with the paging and caching headers
    /// visible. If-None-Match is allowed in the preflight, so that a page can revalidate with the ETag
    /// it was shown (without it, a browser refuses to send the conditional request at all).
    /// </summary>
    public static IServiceCollection AddAzChinaCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.Accept)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Link, "X-Total-Count", HeaderNames.RetryAfter,
                HeaderNames.ContentDisposition, Hardening.RequestIdHeader)));
}
