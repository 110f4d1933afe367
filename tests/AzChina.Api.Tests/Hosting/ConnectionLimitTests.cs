using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AzChina.Api.Tests.Infrastructure;

namespace AzChina.Api.Tests.Hosting;

/// <summary>
/// Past its connection limits the API closes new connections at once and goes on serving others (issue 16:
/// idle connections up to the open-file limit killed it). The limits live in Kestrel, so this runs the API's
/// own binary; tools/faults/idle.sh does the same with 20,000 connections.
/// </summary>
public sealed partial class ConnectionLimitTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Process _api;
    private readonly int _port;

    public ConnectionLimitTests()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "AzChina.Api.dll"), "--urls=http://127.0.0.1:0",
                     $"--Database:Path={_directory.File("azchina.db")}", "--Http:MaxConnections=12", "--Http:MaxConnectionsPerClient=4",
                 })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _api = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_port == 0 && DateTime.UtcNow < deadline && _api.StandardOutput.ReadLine() is { } line)
            if (Listening().Match(line) is { Success: true } match) _port = int.Parse(match.Groups[1].Value);
        Assert.True(_port != 0, "The API did not start listening within 60 s");
        // Drained, so that a full pipe never blocks the API's logging.
        _ = _api.StandardOutput.ReadToEndAsync();
        _ = _api.StandardError.ReadToEndAsync();
    }

    public void Dispose()
    {
        if (!_api.HasExited) _api.Kill(entireProcessTree: true);
        _api.WaitForExit();
        _api.Dispose();
        _directory.Dispose();
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex Listening();

    /// <summary>Opens idle connections from <paramref name="source"/>, then says which the server kept open.</summary>
    private async Task<(List<Socket> Open, int Closed)> Idle(string source, int count)
    {
        var sockets = new List<Socket>();
        for (var i = 0; i < count; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await socket.ConnectAsync(IPAddress.Loopback, _port);
            sockets.Add(socket);
        }
        await Task.Delay(2000);
        // A socket the server closed reads as readable with nothing to read.
        var open = sockets.Where(s => !(s.Poll(0, SelectMode.SelectRead) && s.Available == 0)).ToList();
        return (open, count - open.Count);
    }

    private async Task<HttpStatusCode> HealthFrom(string source)
    {
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await client.GetAsync($"http://127.0.0.1:{_port}/health");
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    [Fact]
    public async Task OneAddressKeepsItsShareAndAnotherClientIsServed()
    {
        var (open, closed) = await Idle("127.0.0.3", 10);

        Assert.Equal(4, open.Count);
        Assert.Equal(6, closed);
        Assert.Equal(HttpStatusCode.OK, await HealthFrom("127.0.0.2"));
        Assert.False(_api.HasExited);
        open.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task PastTheTotalLimitNewConnectionsAreClosedAndServedAgainOnceOthersClose()
    {
        var held = new List<Socket>();
        var closed = 0;
        for (var address = 1; address <= 5; address++)
        {
            var (open, refused) = await Idle($"127.0.1.{address}", 4);
            held.AddRange(open);
            closed += refused;
        }

        Assert.Equal(12, held.Count);
        Assert.Equal(8, closed);
        Assert.Equal((HttpStatusCode)0, await HealthFrom("127.0.0.2"));
        Assert.False(_api.HasExited);

        held.ForEach(s => s.Dispose());
        // Kestrel sees the closes as it reads them: give it up to 10 s on a busy machine.
        var served = (HttpStatusCode)0;
        for (var i = 0; i < 20 && served != HttpStatusCode.OK; i++)
        {
            await Task.Delay(500);
            served = await HealthFrom("127.0.0.2");
        }
        Assert.Equal(HttpStatusCode.OK, served);
    }
}
