using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>
/// ETags and the in-memory response cache, both through ASP.NET Core's output cache. The data cannot
/// change while the API runs, so every successful read of it is cacheable: the API's route group carries
/// a <see cref="DatasetCachePolicy"/> and endpoints that must stay fresh opt out with
/// <c>.CacheOutput(p => p.NoCache())</c>. The output cache answers <c>If-None-Match</c> weakly, and
/// <c>*</c> only where a current representation is cached, which a 404 or a 400 never is.
/// </summary>
internal static class Caching
{
    public static IServiceCollection AddAzChinaCaching(this IServiceCollection services)
    {
        services.AddSingleton<IOutputCacheStore, AccountedOutputCacheStore>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<HttpSettings>>((options, http) =>
        {
            var bytes = http.Value.ResponseCacheBytes;
            options.SizeLimit = Math.Max(1, bytes);
            // A response over a sixteenth of the cache is sent but not kept, so one export cannot evict the rest.
            options.MaximumBodySize = Math.Max(1, bytes / 16);
            // Record ids are case-sensitive: /events/Foo must not be answered from /events/foo.
            options.UseCaseSensitivePaths = true;
        });
        services.AddOutputCache();
        return services;
    }

    /// <summary>Every endpoint of the group answers with the dataset's ETag and is kept in the cache.</summary>
    public static RouteGroupBuilder CacheDatasetReads(this RouteGroupBuilder group, IServiceProvider services)
    {
        var policy = ActivatorUtilities.CreateInstance<DatasetCachePolicy>(services);
        group.CacheOutput(policy).AddEndpointFilter(policy.SetHeaders);
        return group;
    }

    /// <summary>Whether an endpoint's 200s carry the dataset ETag (the last output-cache policy on it wins).</summary>
    public static bool IsDatasetRead(IEnumerable<object> endpointMetadata) =>
        new EndpointMetadataCollection(endpointMetadata).GetMetadata<IOutputCachePolicy>() is DatasetCachePolicy;
}
