using System.Globalization;
using System.Text.RegularExpressions;

namespace AzChina.Domain.Time;

public enum PeriodKind { Year, Quarter, Month, Day }

/// <summary>
/// The period a figure is about: a year ("2024"), a quarter ("2025-Q1"), a month ("2025-03") or a
/// day ("2025-04-16", for point-in-time and cumulative figures).
/// Periods order chronologically by start, and a longer period before the shorter ones it contains
/// (2025 before 2025-Q1 before 2025-01), which <see cref="CompareTo"/> encodes.
/// </summary>
public readonly partial record struct Period(string Text, PeriodKind Kind, DateOnly Start, DateOnly End) : IComparable<Period>
{
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null) return false;
        var quarter = QuarterShape().Match(text);
        if (quarter.Success)
        {
            var year = int.Parse(quarter.Groups["y"].Value, CultureInfo.InvariantCulture);
            var q = int.Parse(quarter.Groups["q"].Value, CultureInfo.InvariantCulture);
            if (year < 1) return false;
            period = new Period(text, PeriodKind.Quarter, new DateOnly(year, (q - 1) * 3 + 1, 1), PartialDate.LastDayOfMonth(year, q * 3));
            return true;
        }
        if (!PartialDate.TryParse(text, out var date)) return false;
        var kind = date.Precision switch
        {
            Vocabularies.DatePrecision.Day => PeriodKind.Day,
            Vocabularies.DatePrecision.Month => PeriodKind.Month,
            _ => PeriodKind.Year,
        };
        period = new Period(text, kind, date.Start, date.End);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD).");

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    /// <summary>
    /// The same period a year earlier ("2025-Q1" → "2024-Q1"), which year-on-year growth compares against.
    /// A day has none: day periods are point-in-time or cumulative figures, not flows over a span.
    /// </summary>
    public bool TryYearEarlier(out Period earlier)
    {
        earlier = default;
        if (Kind == PeriodKind.Day || Start.Year <= 1) return false;
        var year = (Start.Year - 1).ToString("0000", CultureInfo.InvariantCulture);
        var text = Kind switch
        {
            PeriodKind.Year => year,
            PeriodKind.Quarter => $"{year}-Q{(Start.Month - 1) / 3 + 1}",
            _ => $"{year}-{Start.Month:00}",
        };
        return TryParse(text, out earlier);
    }

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.End.CompareTo(End);
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<y>\d{4})-Q(?<q>[1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterShape();
}
