using System.Globalization;
using AzChina.Domain.Time;

namespace AzChina.Data;

/// <summary>Dates as the database stores them and cursors carry them: ISO-8601 TEXT (read into records by <see cref="Data.DbTypes"/>).</summary>
internal static class IsoDates
{
    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary><see cref="PartialDate.EarliestStartOfSpanEndingFrom"/>, in ISO text; null for null.</summary>
    public static string? EarliestStartOfSpanEndingFrom(string? from) =>
        from is null ? null : Format(PartialDate.EarliestStartOfSpanEndingFrom(Parse(from)));
}
