using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AzChina.Api.Hosting;

/// <summary>
/// Successful GET responses kept in memory, keyed by their ETag (dataset fingerprint, API build, URL
/// and format) and the scheme and host that absolute Link URLs are built from. The data cannot change
/// while the API runs, so an entry never goes stale; the cache is bounded by
/// <c>Http:ResponseCacheMegabytes</c> (0 turns it off) and a response over a sixteenth of it is not kept.
/// </summary>
internal sealed class ResponseCache(IMemoryCache cache, long capacityBytes)
{
    /// <summary>The headers an endpoint sets itself; ETag, Cache-Control and Vary are the caching middleware's.</summary>
    private static readonly string[] KeptHeaders =
        [HeaderNames.ContentType, HeaderNames.Link, "X-Total-Count", HeaderNames.ContentDisposition];

    private sealed record Entry(int StatusCode, KeyValuePair<string, StringValues>[] Headers, byte[] Body);

    public bool Enabled => capacityBytes > 0;

    private long MaxEntryBytes => capacityBytes / 16;

    public static string Key(HttpRequest request, string etag) => $"{etag} {request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>Writes a kept response, headers and body; false when there is none.</summary>
    public async Task<bool> TryServe(HttpContext context, string key)
    {
        if (!cache.TryGetValue(key, out Entry? entry) || entry is null) return false;
        var response = context.Response;
        response.StatusCode = entry.StatusCode;
        foreach (var (name, value) in entry.Headers) response.Headers[name] = value;
        response.ContentLength = entry.Body.Length;
        await response.Body.WriteAsync(entry.Body, context.RequestAborted);
        return true;
    }

    /// <summary>Runs the endpoint with its body copied aside (up to the entry limit) and keeps the response if it was a 200.</summary>
    public async Task RunAndKeep(HttpContext context, string key, RequestDelegate next)
    {
        var response = context.Response;
        var original = response.Body;
        await using var tee = new TeeStream(original, MaxEntryBytes);
        response.Body = tee;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        if (response.StatusCode != StatusCodes.Status200OK || tee.Copy is not { } copy) return;
        var headers = KeptHeaders.Where(response.Headers.ContainsKey).Select(h => KeyValuePair.Create(h, response.Headers[h])).ToArray();
        cache.Set(key, new Entry(response.StatusCode, headers, copy.ToArray()), new MemoryCacheEntryOptions { Size = copy.Length + 256 });
    }

    /// <summary>Writes through to the response and keeps a copy until the copy would pass its limit.</summary>
    private sealed class TeeStream(Stream inner, long limit) : Stream
    {
        public MemoryStream? Copy { get; private set; } = new();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (Copy is null) return;
            if (Copy.Length + bytes.Length > limit) { Copy.Dispose(); Copy = null; return; }
            Copy.Write(bytes);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
