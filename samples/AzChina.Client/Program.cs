using AzChina.Client;

// A consumer of the AzChina API through the generated client:
//   dotnet run --project samples/AzChina.Client -- http://127.0.0.1:5080
var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5080";
using var http = new HttpClient();
var client = new AzChinaClient(http) { BaseUrl = baseUrl };

// Optional parameters are optional (NSwag's generateOptionalParameters): name only what you filter by.
var turnover = await client.GetMetricSeriesAsync("trade_turnover");
Console.WriteLine($"{turnover.Label} ({turnover.Unit})");
foreach (var observation in turnover.Observations)
{
    Console.WriteLine($"  {observation.Period}: {observation.Qualifier} {observation.Value:N0} ({observation.Agreement}, {Count(observation.Claims.Count, "claim")})");
    foreach (var claim in observation.Claims)
        Console.WriteLine($"    {claim.SourceId} ({claim.PublishedOn:yyyy-MM-dd}): \"{claim.Quote}\"");
}

try
{
    await client.GetEventAsync("no-such-event");
}
catch (AzChinaApiException<ProblemDetails> problem)
{
    Console.WriteLine($"{problem.StatusCode}: {problem.Result.Detail}");
}

static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
