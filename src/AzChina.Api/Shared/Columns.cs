using System.Globalization;

namespace AzChina.Api.Shared;

/// <summary>Dates as the database stores them: ISO-8601 TEXT (read into records by <see cref="Data.DbTypes"/>).</summary>
internal static class Columns
{
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The earliest start of a date span (day, month or year: at most a year long) that ends on or
    /// after <paramref name="from"/>; null for null. In year 1 that is the first day there is.
    /// </summary>
    public static string? EarliestStartOfSpanEndingFrom(string? from) => from is null ? null : Iso(YearBefore(Date(from)));

    private static DateOnly YearBefore(DateOnly date) => date.Year == 1 ? DateOnly.MinValue : date.AddYears(-1);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
