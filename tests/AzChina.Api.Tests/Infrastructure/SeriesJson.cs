using System.Text.Json;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Reading a metric series answer in tests.</summary>
public static class SeriesJson
{
    public static IReadOnlyList<JsonElement> Observations(this JsonElement series) =>
        series.GetProperty("observations").EnumerateArray().ToList();

    public static IReadOnlyList<string> Periods(this JsonElement series) =>
        series.Observations().Select(o => o.Str("period")).ToList();

    public static JsonElement Observation(this JsonElement series, string period) =>
        series.Observations().Single(o => o.Str("period") == period);

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    public static bool IsNull(this JsonElement element, string property) => element.GetProperty(property).ValueKind == JsonValueKind.Null;
}
