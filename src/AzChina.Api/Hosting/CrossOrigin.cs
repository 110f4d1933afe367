namespace AzChina.Api.Hosting;

internal static class CrossOrigin
{
    /// <summary>Any web page may read the API: GET and HEAD from any origin, with the paging and caching headers visible.</summary>
    public static IServiceCollection AddAzChinaCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithExposedHeaders("ETag", "Link", "X-Total-Count", "Retry-After")));
}
