using System.Globalization;

namespace AzChina.Data;

/// <summary>Dates as the database stores them and cursors carry them: ISO-8601 TEXT (read into records by <see cref="Data.DbTypes"/>).</summary>
internal static class IsoDates
{
    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
