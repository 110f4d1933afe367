namespace AzChina.Api.Hosting;

/// <summary>
/// Counts refusals (429s, connections over a limit) per client and logs them as one line per client per
/// period, instead of one line per refusal: one throttled client wrote 61 MB of log in 15 s (issue 16).
/// At most <see cref="MaxClientsPerLine"/> clients are named per period; the rest are counted together.
/// </summary>
internal sealed class RefusalSummary : IDisposable
{
    private const int MaxClientsPerLine = 20;
    private readonly Dictionary<string, long> _counts = [];
    private readonly Timer _timer;
    private readonly Serilog.ILogger _logger;
    private readonly string _what;
    private readonly TimeSpan _period;
    private long _others;

    /// <param name="what">What was refused and why, e.g. "requests over the rate limit (1200 per 60 s)".</param>
    public RefusalSummary(IServiceProvider services, string what, TimeSpan period)
    {
        _logger = services.GetRequiredService<Serilog.ILogger>();
        _what = what;
        _period = period;
        _timer = new Timer(_ => Flush(), null, period, period);
        // While the logger still writes: by the time singletons are disposed it may not.
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(Flush);
    }

    public void Count(string client)
    {
        lock (_counts)
        {
            if (_counts.TryGetValue(client, out var n)) _counts[client] = n + 1;
            // Bounded: a flood of spoofed or distinct addresses cannot grow this without limit.
            else if (_counts.Count < 10_000) _counts[client] = 1;
            else _others++;
        }
    }

    public void Flush()
    {
        KeyValuePair<string, long>[] counts;
        long others;
        lock (_counts)
        {
            if (_counts.Count == 0 && _others == 0) return;
            counts = [.. _counts.OrderByDescending(c => c.Value)];
            others = _others + counts.Skip(MaxClientsPerLine).Sum(c => c.Value);
            _counts.Clear();
            _others = 0;
        }
        foreach (var (client, count) in counts.Take(MaxClientsPerLine))
            _logger.Warning("Refused {Count} {What:l} from {Client:l} in the last {Seconds} s", count, _what, client, _period.TotalSeconds);
        if (others > 0)
            _logger.Warning("Refused {Count} {What:l} from {Clients} other clients in the last {Seconds} s", others, _what, counts.Length - Math.Min(counts.Length, MaxClientsPerLine), _period.TotalSeconds);
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }
}
