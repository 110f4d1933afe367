using System.Globalization;
using AzChina.Domain.Time;

namespace AzChina.Domain.Metrics;

/// <summary>A reported observation as derivation uses it: its preferred value, the range its preferred claim allows, and that claim.</summary>
public sealed record KnownValue(Period Period, double Value, ClaimReconciliation.Range Range, string ClaimId);

/// <summary>
/// A figure no source states but stated ones imply. <see cref="LowerBound"/>/<see cref="UpperBound"/>
/// are the range the inputs' ranges allow; null where they allow any value on that side.
/// </summary>
public sealed record DerivedValue(Period Period, double Value, double? LowerBound, double? UpperBound, string Formula, IReadOnlyList<string> DerivedFrom);

/// <summary>
/// Figures implied by a level (e.g. trade turnover) and its year-on-year growth, for one direction:
/// the level a year earlier from a level and its growth, and growth from two stated levels a year apart.
/// Only gaps are filled: nothing is derived for a period a source states. Inputs are the preferred
/// values; the bounds come from carrying each input's whole range through the formula, so a hedged
/// input ("over $4 billion") leaves the derived value open on that side rather than pretending to precision.
/// </summary>
public static class Derivation
{
    public const string RuleText =
        "Derived values are computed, never stated by a source: the level a year earlier = level / (1 + growth / 100), " +
        "and year-on-year growth = 100 × (level / level a year earlier − 1), from the preferred values of stated observations of the same direction, " +
        "only for periods no source states. They are approximate: lowerBound/upperBound give the range the inputs' ranges allow (null where unbounded).";

    public const string GrowthSuffix = "_growth";

    /// <summary>
    /// The dataset's naming convention: a metric named X_growth is the year-on-year growth, in percent, of
    /// metric X (trade_turnover_growth of trade_turnover). Either name gives the pair; whether both exist is the caller's question.
    /// </summary>
    public static (string Level, string Growth) PairOf(string metric) =>
        metric.EndsWith(GrowthSuffix, StringComparison.Ordinal) && metric.Length > GrowthSuffix.Length
            ? (metric[..^GrowthSuffix.Length], metric)
            : (metric, metric + GrowthSuffix);

    /// <summary>Level(P − 1 year) = Level(P) / (1 + Growth(P) / 100), where no source states the earlier level.</summary>
    public static IReadOnlyList<DerivedValue> EarlierLevels(string levelName, string growthName, IReadOnlyList<KnownValue> levels, IReadOnlyList<KnownValue> growths)
    {
        var stated = levels.Select(l => l.Period.Text).ToHashSet(StringComparer.Ordinal);
        var derived = new List<DerivedValue>();
        foreach (var level in levels)
        {
            var growth = growths.FirstOrDefault(g => g.Period.Text == level.Period.Text);
            if (growth is null || !level.Period.TryYearEarlier(out var earlier) || stated.Contains(earlier.Text)) continue;
            var factor = 1 + growth.Value / 100;
            if (factor <= 0) continue;

            var (levelLow, levelHigh) = (Math.Max(0, level.Range.Low), level.Range.High);
            var (factorLow, factorHigh) = (1 + growth.Range.Low / 100, 1 + growth.Range.High / 100);
            var low = levelLow / factorHigh;
            var high = factorLow > 0 ? levelHigh / factorLow : double.PositiveInfinity;
            var formula = $"{levelName} {earlier} = {levelName} {level.Period} / (1 + {growthName} {growth.Period} / 100) " +
                          $"= {Number(level.Value)} / (1 + {Number(growth.Value)} / 100)";
            Add(derived, earlier, level.Value / factor, low > 0 ? low : null, high, formula, [level.ClaimId, growth.ClaimId]);
        }
        return derived;
    }

    /// <summary>Growth(P) = 100 × (Level(P) / Level(P − 1 year) − 1), where no source states the growth.</summary>
    public static IReadOnlyList<DerivedValue> Growths(string levelName, string growthName, IReadOnlyList<KnownValue> levels, IReadOnlyList<KnownValue> growths)
    {
        var stated = growths.Select(g => g.Period.Text).ToHashSet(StringComparer.Ordinal);
        var byPeriod = levels.ToDictionary(l => l.Period.Text, StringComparer.Ordinal);
        var derived = new List<DerivedValue>();
        foreach (var current in levels)
        {
            if (stated.Contains(current.Period.Text) || !current.Period.TryYearEarlier(out var earlier)) continue;
            if (!byPeriod.TryGetValue(earlier.Text, out var previous) || previous.Value <= 0) continue;

            var (currentLow, currentHigh) = (Math.Max(0, current.Range.Low), current.Range.High);
            var (previousLow, previousHigh) = (Math.Max(0, previous.Range.Low), previous.Range.High);
            var ratioLow = currentLow / previousHigh;
            var ratioHigh = previousLow > 0 ? currentHigh / previousLow : double.PositiveInfinity;
            var formula = $"{growthName} {current.Period} = 100 × ({levelName} {current.Period} / {levelName} {earlier} − 1) " +
                          $"= 100 × ({Number(current.Value)} / {Number(previous.Value)} − 1)";
            // A ratio of 0 means a fall of 100%, which every level allows: it bounds nothing.
            Add(derived, current.Period, 100 * (current.Value / previous.Value - 1),
                ratioLow > 0 ? 100 * (ratioLow - 1) : null, 100 * (ratioHigh - 1), formula, [current.ClaimId, previous.ClaimId]);
        }
        return derived;
    }

    /// <summary>Keeps a derived value only if its inputs bound it on at least one side; otherwise it says nothing.</summary>
    private static void Add(List<DerivedValue> derived, Period period, double value, double? low, double high, string formula, IReadOnlyList<string> from)
    {
        double? upper = double.IsFinite(high) ? high : null;
        if (low is null && upper is null) return;
        derived.Add(new DerivedValue(period, value, low, upper, formula, from));
    }

    private static string Number(double value) => value.ToString("#,##0.########", CultureInfo.InvariantCulture);
}
