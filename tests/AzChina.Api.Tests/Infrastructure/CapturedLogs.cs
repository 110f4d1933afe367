using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps rendered log lines; the host picks it up through ReadFrom.Services.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<string> Lines => _events.Select(e => e.RenderMessage()).ToArray();

    public IReadOnlyList<LogEvent> Events => _events.ToArray();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
