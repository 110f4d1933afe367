using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>
/// The output cache's memory store, counting what an entry really costs. The framework's store counts the
/// serialised response only; its key (method, host, path and query, as UTF-16) and the bookkeeping of a
/// cache entry are not counted, so many small responses held several times the configured budget.
/// No endpoint tags its responses, so there is nothing to evict by tag.
/// </summary>
internal sealed class AccountedOutputCacheStore(IOptions<OutputCacheOptions> options) : IOutputCacheStore, IDisposable
{
    /// <summary>
    /// What an entry costs beyond its key and serialised response: the MemoryCache entry and its options,
    /// the dictionary node, the output cache's own bookkeeping. Measured with tools/faults/floods.sh: 200,000
    /// small responses under distinct 250-character hosts held 120 MB over the cache-off run with a 64 MB
    /// budget when this was 400 bytes, about 1.2 KB per entry more than counted.
    /// </summary>
    internal const int EntryOverheadBytes = 1600;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit });

    public static long Cost(string key, byte[] value) => value.Length + 2L * key.Length + EntryOverheadBytes;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cache.Get(key) as byte[]);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        _cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = validFor, Size = Cost(key, value) });
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public void Dispose() => _cache.Dispose();
}
