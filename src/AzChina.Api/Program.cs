using AzChina.Api.Actors;
using AzChina.Api.Initiatives;
using AzChina.Api.Places;
using AzChina.Api.Projects;
using AzChina.Api.Agreements;
using AzChina.Data;
using AzChina.Api.Events;
using AzChina.Api.Export;
using AzChina.Api.Health;
using AzChina.Api.Hosting;
using AzChina.Api.Metrics;
using AzChina.Api.Search;
using AzChina.Api.Sources;

// Configuration (appsettings.json, with the console log set-up) is read beside the binary, not from the
// working directory: `dotnet /path/to/AzChina.Api.dll` started anywhere behaves as `dotnet run` does.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// A failure nothing handles (start-up above all) is one fatal log line and exit code 1.
builder.ExitOnUnhandledErrors();

// Logging: Serilog, one line per request.
builder.AddAzChinaLogging();

// Limits on connections and requests, forwarded headers from trusted proxies only, security headers on responses.
builder.AddAzChinaConnections();
builder.AddAzChinaHardening();

// Data: the SQLite database built from db/ and seeds/, served read-only.
builder.Services.AddAzChinaData(builder.Configuration);

// Errors as problem+json; JSON and the OpenAPI document.
builder.Services.AddAzChinaProblems();
builder.Services.AddAzChinaOpenApi(builder.Configuration);

// HTTP: ETags and a bounded in-memory response cache, cross-origin reads, rate limits per client.
builder.Services.Configure<HttpSettings>(builder.Configuration.GetSection(HttpSettings.Section));
builder.Services.AddAzChinaCors();
builder.Services.AddAzChinaRateLimiting();
builder.Services.AddAzChinaCaching();

var app = builder.Build();

app.UseAzChinaHardening();
app.UseAzChinaProblems();
app.UseAzChinaRequestLogging();
app.UseCors();
app.UseRateLimiter();
app.UseHeadWithoutBody();
// A query parameter the endpoint does not take is a 400, before the cache sees the URL.
app.UseKnownQueryParameters();
app.UseOutputCache();
app.UseAzChinaOpenApi();

// Build or reuse the database before serving; invalid seeds stop start-up here.
app.BuildAzChinaDatabase();
// Database:BuildOnly=true: build the file and stop, as the Dockerfile does at image build time.
if (app.Configuration.GetValue<bool>("Database:BuildOnly")) return;

// Resources, each read with GET and HEAD, with the dataset's ETags and cache.
var api = app.MapGroupAnsweringHead().CacheDatasetReads(app.Services);
api.MapEvents();
api.MapAgreements();
api.MapActors();
api.MapPlaces();
api.MapProjects();
api.MapInitiatives();
api.MapSources();
api.MapMetrics();
api.MapSearch();
api.MapExport();
api.MapHealth();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
