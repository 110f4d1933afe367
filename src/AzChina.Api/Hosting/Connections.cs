using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>
/// Limits on connections, and which peers' forwarded headers are believed. About 20,000 idle connections
/// (the open-file limit) killed the process with "Out of memory." (issue 16): now Kestrel refuses
/// connections past Http:MaxConnections, one address may hold at most Http:MaxConnectionsPerClient, and
/// idle or slow connections are closed after the timeouts. See docs/operations.md.
/// </summary>
internal static class Connections
{
    private const string Refusals = "connections";
    private const string RefusalsOverTotal = "connections-total";

    public static WebApplicationBuilder AddAzChinaConnections(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<TrustedProxies>();
        services.AddSingleton<ConnectionsPerClient>();
        services.AddKeyedSingleton(Refusals, (sp, _) => new RefusalSummary(sp,
            $"connections over Http:MaxConnectionsPerClient ({sp.GetRequiredService<IOptions<HttpSettings>>().Value.MaxConnectionsPerClient})",
            TimeSpan.FromMinutes(1)));
        services.AddKeyedSingleton(RefusalsOverTotal, (sp, _) => new RefusalSummary(sp,
            $"connections over Http:MaxConnections ({sp.GetRequiredService<ConnectionsPerClient>().MaxConnections})",
            TimeSpan.FromMinutes(1)));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpSettings>, ConnectionsPerClient>((kestrel, http, perClient) =>
        {
            var settings = http.Value;
            kestrel.Limits.MaxConcurrentConnections = perClient.MaxConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = 0;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(settings.KeepAliveTimeoutSeconds);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(settings.RequestHeadersTimeoutSeconds);
            // Every endpoint, those from --urls and ASPNETCORE_URLS included.
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(perClient.Limit));
        });

        // PostConfigure: after the framework's own setup, which clears the known proxies when
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED is set.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<TrustedProxies>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The proxy appends the address it saw: the last one is the only one it vouches for.
            options.ForwardLimit = 1;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in proxies.Networks) options.KnownIPNetworks.Add(network);
        });
        return builder;
    }

    /// <summary>
    /// Counts open connections per client address and closes those past the limit at once; trusted proxies carry
    /// many clients and are not limited. Also counts the connections Kestrel refuses past Http:MaxConnections, from
    /// its kestrel.rejected_connections metric, for one summary line a minute: Kestrel's own Warning per refused
    /// connection (its category is lowered to Error in appsettings.json) wrote 15,922 lines in one attack.
    /// </summary>
    internal sealed class ConnectionsPerClient : IDisposable
    {
        private readonly System.Diagnostics.Metrics.MeterListener _rejected = new();
        private readonly Dictionary<IPAddress, int> _open = [];
        private readonly int _limit;
        private readonly TrustedProxies _proxies;
        private readonly RefusalSummary _refusals;

        public ConnectionsPerClient(IOptions<HttpSettings> http, TrustedProxies proxies, [FromKeyedServices(Refusals)] RefusalSummary refusals,
            IServiceProvider services, ILogger<ConnectionsPerClient> logger)
        {
            _rejected.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: "kestrel.rejected_connections", Meter.Name: "Microsoft.AspNetCore.Server.Kestrel" })
                    listener.EnableMeasurementEvents(instrument);
            };
            _rejected.SetMeasurementEventCallback<long>((_, count, _, _) =>
            {
                try
                {
                    var summary = services.GetRequiredKeyedService<RefusalSummary>(RefusalsOverTotal);
                    for (var i = 0; i < count; i++) summary.Count("any address");
                }
                catch (ObjectDisposedException)
                {
                    // A connection refused while the host shuts down.
                }
            });
            _rejected.Start();
            _limit = http.Value.MaxConnectionsPerClient;
            _proxies = proxies;
            _refusals = refusals;
            MaxConnections = http.Value.MaxConnections;
            // Each connection is a file descriptor; at the limit the accept loop spun and memory ran out.
            if (OpenFileLimit() is { } files && MaxConnections > files / 2)
            {
                logger.LogWarning("Http:MaxConnections ({Configured}) is over half the open-file limit ({Files}); using {Used}. Raise the limit (ulimit -n) to allow more",
                    MaxConnections, files, files / 2);
                MaxConnections = (int)(files / 2);
            }
        }

        public int MaxConnections { get; }

        public void Dispose() => _rejected.Dispose();

        public ConnectionDelegate Limit(ConnectionDelegate next) => async connection =>
        {
            var address = (connection.RemoteEndPoint as IPEndPoint)?.Address;
            if (address is null || _proxies.Contains(address))
            {
                await next(connection);
                return;
            }
            if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
            lock (_open)
            {
                var open = _open.GetValueOrDefault(address);
                if (open >= _limit)
                {
                    _refusals.Count(address.ToString());
                    // Returning closes the connection.
                    return;
                }
                _open[address] = open + 1;
            }
            try
            {
                await next(connection);
            }
            finally
            {
                lock (_open)
                {
                    if (_open[address] == 1) _open.Remove(address);
                    else _open[address]--;
                }
            }
        };

        /// <summary>The process's soft limit on open files (Linux), or null where it cannot be read.</summary>
        private static long? OpenFileLimit()
        {
            try
            {
                var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
                var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                return long.TryParse(soft, out var files) ? files : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
