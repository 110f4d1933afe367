using AzChina.Api.Actors;
using AzChina.Api.Agreements;
using AzChina.Api.Data;
using AzChina.Api.Events;
using AzChina.Api.Health;
using AzChina.Api.Hosting;
using AzChina.Api.Metrics;
using AzChina.Api.Sources;

var builder = WebApplication.CreateBuilder(args);

// Logging: Serilog, one line per request.
builder.AddAzChinaLogging();

// Data: the SQLite database built from db/ and seeds/, served read-only.
builder.Services.AddAzChinaData(builder.Configuration);

// Errors as problem+json; JSON and the OpenAPI document.
builder.Services.AddAzChinaProblems();
builder.Services.AddAzChinaOpenApi();

var app = builder.Build();

app.UseAzChinaProblems();
app.UseAzChinaRequestLogging();
app.UseAzChinaOpenApi();

// Build or reuse the database before serving; invalid seeds stop start-up here.
app.BuildAzChinaDatabase();

// Resources.
app.MapEvents();
app.MapAgreements();
app.MapActors();
app.MapSources();
app.MapMetrics();
app.MapHealth();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
