using System.Threading.RateLimiting;

namespace AzChina.Api.Hosting;

/// <summary>
/// A fixed window of permits that starts with a client's first request, as the framework's
/// FixedWindowRateLimiter does, but that knows when it started, so a refusal can say how long is left: the
/// framework's reports the whole window as Retry-After whatever remains of it (issue 16). No queue: a
/// request over the limit is refused at once.
/// </summary>
internal sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _windowStart;
    private int _used;
    private DateTimeOffset _lastUsed = time.GetUtcNow();

    /// <summary>
    /// Idle (and so discarded by the partitioned limiter after a while) only once its window has passed: a
    /// client that pauses mid-window would otherwise come back to a fresh window.
    /// </summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = time.GetUtcNow();
            lock (_lock) return InWindow(now) && _used > 0 ? null : now - _lastUsed;
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock) return new RateLimiterStatistics { CurrentAvailablePermits = permits - (InWindow(time.GetUtcNow()) ? _used : 0) };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!InWindow(now))
            {
                _windowStart = now;
                _used = 0;
            }
            _lastUsed = now;
            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Acquired;
            }
            return new Lease(false, _windowStart!.Value + window - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private bool InWindow(DateTimeOffset now) => _windowStart is { } start && now < start + window;

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
