using Microsoft.AspNetCore.Routing;

namespace AzChina.Api.Hosting;

/// <summary>
/// Every resource is read with GET, and HEAD reads the same headers without the body (RFC 9110 §9.3.2):
/// CORS and the ETag handling already treat the two alike. Minimal APIs map GET only, so the endpoints
/// of the group this returns answer HEAD too; the OpenAPI document lists their GET operations only.
/// </summary>
internal static class ReadMethods
{
    public static RouteGroupBuilder MapGroupAnsweringHead(this WebApplication app)
    {
        var api = app.MapGroup("");
        // Finally: after MapGet has added its GET-only metadata, so that routing reads this one.
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods is [var only] && only == HttpMethods.Get)
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        });
        return api;
    }

    /// <summary>
    /// HEAD runs the GET endpoint with its body discarded. Kestrel would drop it anyway; other servers
    /// (the test host among them) would not, and discarding here also spares sending it on.
    /// </summary>
    public static WebApplication UseHeadWithoutBody(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
            }
        });
        return app;
    }
}
