using System.Globalization;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Metrics;

/// <summary>
/// A figure as a person would say it: "about $3.7 billion", "over $1 billion", "nearly 40%", "4th",
/// "21,000 km". The qualifier's hedge word comes first, so the display never claims more precision
/// than the source gave.
/// </summary>
public static class ValueDisplay
{
    /// <summary>Derived values are shown to two significant figures: their inputs are rounded figures themselves.</summary>
    public const int DerivedSignificantDigits = 2;

    public static string Format(double value, Qualifier qualifier, Unit unit) => Hedge(qualifier) + Amount(value, unit, significantDigits: null);

    /// <summary>
    /// A derived value: "about $3.1 billion", or "about 8.1% or more" when its inputs leave it open above
    /// (an input was "over …"), "… or less" when open below.
    /// </summary>
    public static string FormatDerived(double value, Unit unit, double? lowerBound, double? upperBound)
    {
        var openSide = (lowerBound, upperBound) switch
        {
            (not null, null) => " or more",
            (null, not null) => " or less",
            _ => "",
        };
        return Hedge(Qualifier.Approximately) + Amount(value, unit, DerivedSignificantDigits) + openSide;
    }

    public static string Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "",
        Qualifier.Approximately => "about ",
        Qualifier.Over => "over ",
        Qualifier.AtLeast => "at least ",
        Qualifier.Nearly => "nearly ",
        Qualifier.Under => "under ",
        Qualifier.UpTo => "up to ",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "unknown qualifier"),
    };

    private static string Amount(double value, Unit unit, int? significantDigits)
    {
        var rounded = significantDigits is { } digits ? RoundSignificant(value, digits) : value;
        return unit switch
        {
            Unit.Usd => Dollars(rounded),
            Unit.Percent => Number(rounded) + "%",
            Unit.Km => Number(rounded) + " km",
            Unit.Rank => Ordinal((long)Math.Round(rounded)),
            _ => Number(rounded),
        };
    }

    private static string Dollars(double value)
    {
        var sign = value < 0 ? "-" : "";
        var size = Math.Abs(value);
        return size switch
        {
            >= 1e12 => $"{sign}${Number(size / 1e12)} trillion",
            >= 1e9 => $"{sign}${Number(size / 1e9)} billion",
            >= 1e6 => $"{sign}${Number(size / 1e6)} million",
            _ => $"{sign}${Number(size)}",
        };
    }

    /// <summary>Thousands separators, and no binary noise: 3.7e9 / 1e9 prints as 3.7.</summary>
    private static string Number(double value) => Math.Round(value, 6).ToString("#,##0.######", CultureInfo.InvariantCulture);

    private static string Ordinal(long n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static double RoundSignificant(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value)) return value;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - digits + 1);
        return Math.Round(value / scale) * scale;
    }
}
