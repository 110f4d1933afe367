// The ceiling for the benchmark: the same host builder and Kestrel defaults as the API, answering
// every GET with a constant JSON body (the API's own /metrics?name=trade_turnover response, read from
// the file given as --Body), so any gap to the API is the API's own work.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var body = await File.ReadAllBytesAsync(app.Configuration["Body"] ?? throw new InvalidOperationException("--Body FILE is required"));
app.MapGet("/{**path}", () => TypedResults.Bytes(body, "application/json; charset=utf-8"));
app.Run();
