using System.Globalization;
using System.Text.RegularExpressions;
using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Time;

/// <summary>
/// A date known to the day, the month or the year: "2025-04-23", "2024-07", "1992".
/// <see cref="Start"/> is its first day, <see cref="End"/> its last, so a month-precision event
/// overlaps any range that touches that month. Both are computed within the span itself, never by
/// adding a month or a year to the start, so 9999 and 9999-12 end on <see cref="DateOnly.MaxValue"/>.
/// </summary>
public readonly partial record struct PartialDate(DateOnly Start, DatePrecision Precision)
{
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => LastDayOfMonth(Start.Year, Start.Month),
        _ => new DateOnly(Start.Year, 12, 31),
    };

    /// <summary>The last day of a month, for the end of a month or a quarter.</summary>
    public static DateOnly LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        var match = Shape().Match(text);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var precision = match.Groups["d"].Success ? DatePrecision.Day : match.Groups["m"].Success ? DatePrecision.Month : DatePrecision.Year;
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(new DateOnly(year, month, day), precision);
        return true;
    }

    /// <summary>The ISO form the precision allows: "2024-07" for a month.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
