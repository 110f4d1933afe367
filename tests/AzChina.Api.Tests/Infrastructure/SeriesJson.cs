using System.Text.Json;

namespace AzChina.Api.Tests.Infrastructure;

/// <summary>Reading a metric series answer in tests.</summary>
public static class SeriesJson
{
    public static IReadOnlyList<JsonElement> Observations(this JsonElement series) =>
        series.GetProperty("observations").EnumerateArray().ToList();

    /// <summary>Each observation's period; null for one whose documents give no period.</summary>
    public static IReadOnlyList<string?> Periods(this JsonElement series) =>
        series.Observations().Select(o => o.GetProperty("period").GetString()).ToList();

    /// <summary>The observation whose documents give no period.</summary>
    public static JsonElement WithoutPeriod(this JsonElement series) =>
        series.Observations().Single(o => o.IsNull("period"));

    public static JsonElement Observation(this JsonElement series, string period) =>
        series.Observations().Single(o => o.Str("period") == period);

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    public static bool IsNull(this JsonElement element, string property) => element.GetProperty(property).ValueKind == JsonValueKind.Null;
}
