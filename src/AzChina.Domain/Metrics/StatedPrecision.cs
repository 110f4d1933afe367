using System.Text.RegularExpressions;

namespace AzChina.Domain.Metrics;

/// <summary>
/// The unit of the last digit a source wrote: "20.7 percent" is precise to 0.1, "$3.7 billion" to
/// 100 million, "21%" to 1. A figure written without digits ("fourth-largest") counts as precise to 1.
/// </summary>
public static partial class StatedPrecision
{
    public static double Of(string? stated)
    {
        if (stated is null) return 1;
        var match = Number().Match(stated);
        if (!match.Success) return 1;
        var decimals = match.Groups["fraction"].Success ? match.Groups["fraction"].Value.Length : 0;
        var scale = match.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => 1,
        };
        return Math.Pow(10, -decimals) * scale;
    }

    [GeneratedRegex(@"\d[\d,]*(\.(?<fraction>\d+))?(\s*(?<scale>thousand|million|billion|trillion))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

}
