// The ceiling for the benchmark: the same host builder and Kestrel defaults as the API, answering
// every GET with a constant JSON body, so any gap to the API is the API's own work.
//   --Body FILE      one body for every URL (the API's own /metrics?name=trade_turnover response)
//   --Bodies DIR     per URL, the API's own response to it: the file named by the first 16 hex digits
//                    of the SHA-1 of the request target as sent (path and query), so that each endpoint
//                    is compared with a constant body of exactly its size
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

const string Json = "application/json; charset=utf-8";
if (app.Configuration["Bodies"] is { } folder)
{
    var bodies = Directory.GetFiles(folder).ToDictionary(file => Path.GetFileName(file), File.ReadAllBytes, StringComparer.Ordinal);
    app.MapGet("/{**path}", (HttpContext context) =>
    {
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var key = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(target)))[..16];
        return bodies.TryGetValue(key, out var body) ? Results.Bytes(body, Json) : Results.NotFound();
    });
}
else
{
    var body = await File.ReadAllBytesAsync(app.Configuration["Body"] ?? throw new InvalidOperationException("--Body FILE or --Bodies DIR is required"));
    app.MapGet("/{**path}", () => TypedResults.Bytes(body, Json));
}
app.Run();
