using System.Globalization;

namespace AzChina.Api.Paging;

/// <summary>
/// The shapes a cursor's sort key may have, one per kind of list. The cursor's checksum is keyed
/// by the public dataset fingerprint, so it catches edits and cursors from other queries, not a
/// forger; checking the key's shape as well means a forged cursor can only choose where a page
/// starts, never make a query fail.
/// </summary>
internal static class CursorKeys
{
    /// <summary>An ISO date, as the date-ordered lists write their keys.</summary>
    public static bool IsoDate(string? key) =>
        DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A record date's sort key as stored (sort_asc or sort_desc: undated flag, first and last day), as events and agreements write theirs.</summary>
    public static bool DateSortKey(string? key) => Data.SortKeys.IsKey(key);

    /// <summary>A finite number in its round-trip form, as search writes its rank.</summary>
    public static bool Number(string? key) =>
        double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);

    /// <summary>Any text, as the name-ordered actor list writes its keys.</summary>
    public static bool Text(string? key) => key is not null;

    /// <summary>No key: the list is ordered by id alone.</summary>
    public static bool None(string? key) => key is null;
}
