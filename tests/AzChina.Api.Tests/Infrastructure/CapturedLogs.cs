using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>A Serilog sink that keeps rendered log lines; the host picks it up through ReadFrom.Services.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public void Emit(LogEvent logEvent) => _lines.Enqueue(logEvent.RenderMessage());
}
