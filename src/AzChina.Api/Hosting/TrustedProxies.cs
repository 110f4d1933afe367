using System.Net;
using Microsoft.Extensions.Options;

namespace AzChina.Api.Hosting;

/// <summary>
/// The reverse proxies whose forwarded headers are believed (Http:TrustedProxies; loopback by default).
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED believed every peer, so a client reaching the API directly could
/// claim any address and dodge its rate limit (issue 16); these settings win over it.
/// </summary>
internal sealed class TrustedProxies
{
    // As the framework's own default: the loopback addresses, not all of 127.0.0.0/8.
    private static readonly string[] Loopback = ["127.0.0.1", "::1"];

    public TrustedProxies(IOptions<HttpSettings> http)
    {
        var configured = http.Value.TrustedProxies is { Length: > 0 } list ? list : Loopback;
        Networks = configured.Select(Parse).ToList();
    }

    public IReadOnlyList<System.Net.IPNetwork> Networks { get; }

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Networks.Any(n => n.Contains(address));
    }

    private static System.Net.IPNetwork Parse(string text)
    {
        if (System.Net.IPNetwork.TryParse(text, out var network)) return network;
        if (IPAddress.TryParse(text, out var address)) return new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        throw new InvalidOperationException($"Http:TrustedProxies: '{text}' is not an IP address or network (such as 10.0.0.2 or 172.28.0.0/16).");
    }
}
