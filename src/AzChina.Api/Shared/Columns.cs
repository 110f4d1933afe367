using System.Globalization;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

/// <summary>Reads database column values (validated when the database was built) into DTO types.</summary>
internal static class Columns
{
    public static T Vocab<T>(string name) where T : struct, Enum => Vocabulary<T>.Parse(name);

    public static T? OptionalVocab<T>(string? name) where T : struct, Enum => name is null ? null : Vocabulary<T>.Parse(name);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(string? iso) => iso is null ? null : Date(iso);

    /// <summary>
    /// The earliest start of a date span (day, month or year: at most a year long) that ends on or
    /// after <paramref name="from"/>; null for null. In year 1 that is the first day there is.
    /// </summary>
    public static string? EarliestStartOfSpanEndingFrom(string? from) => from is null ? null : Iso(YearBefore(Date(from)));

    private static DateOnly YearBefore(DateOnly date) => date.Year == 1 ? DateOnly.MinValue : date.AddYears(-1);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
