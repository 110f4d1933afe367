using System.Text.RegularExpressions;
using AzChina.Domain.Seeds;

namespace AzChina.Domain;

/// <summary>
/// The shapes of record ids and country codes, one rule for the seed validator and the API's parameters,
/// so that what the API accepts is exactly what the data can hold.
/// </summary>
public static partial class Identifiers
{
    /// <summary>A record id is a slug of at most this many characters (the seeds' limit).</summary>
    public const int MaxRecordIdLength = TextLimits.Id;

    /// <summary>Lower-case letters and digits in runs joined by single hyphens: ilham-aliyev, commission-10th-meeting-2025-04-16.</summary>
    public static bool IsSlug(string value) => Slug().IsMatch(value);

    public static bool IsRecordId(string value) => value.Length <= MaxRecordIdLength && IsSlug(value);

    /// <summary>ISO 3166-1 alpha-2, in capitals: AZ, CN.</summary>
    public static bool IsCountryCode(string value) => CountryCode().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
