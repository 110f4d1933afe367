using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Data;

/// <summary>
/// A record's date as the database stores it (db/0001_schema.sql, docs/time-model.md): what is served (EDTF,
/// kind, how it is known, basis, and each end as its first day and precision) and what the lists filter and
/// sort by, computed once at build time so that a query compares stored text rather than reasoning per row.
/// <list type="bullet">
/// <item><c>EarliestDay</c>..<c>LatestDay</c>: every day it may touch (dateMatch=possible).</item>
/// <item><c>CertainFirst</c>, <c>CertainLast</c>: <see cref="UncertainDate.CertainCore"/>; a window certainly holds the
/// record when <c>CertainFirst &lt;= to AND CertainLast &gt;= from</c> (the default); both null for an unknown date.</item>
/// <item><c>SortAsc</c>, <c>SortDesc</c>: <see cref="DateSortKey"/> as text, ordered ascending and descending
/// respectively by plain text order with the id, undated last in both (see <see cref="SortKeys"/>).</item>
/// </list>
/// </summary>
internal sealed record DateColumns(
    string Edtf, string Kind, string Known, string? Basis,
    string? Start, string? StartPrecision, string? End, string? EndPrecision,
    string EarliestDay, string LatestDay, string? CertainFirst, string? CertainLast, string SortAsc, string SortDesc)
{
    public static DateColumns For(RecordDate date)
    {
        var d = date.Date;
        var core = d.CertainCore;
        var (sortAsc, sortDesc) = SortKeys.Of(DateSortKey.For(d, ""));
        return new DateColumns(
            date.Edtf, Vocabulary<DateKind>.Name(d.Kind), Vocabulary<DateKnowledge>.Name(date.Known), date.Basis,
            IsoDates.Format(d.Start?.Start), Precision(d.Start), IsoDates.Format(d.End?.Start), Precision(d.End),
            IsoDates.Format(d.EarliestDay), IsoDates.Format(d.LatestDay),
            IsoDates.Format(core?.LatestFirstDay), IsoDates.Format(core?.EarliestLastDay), sortAsc, sortDesc);
    }

    /// <summary>An end's precision as its wire name; null for an open end.</summary>
    internal static string? Precision(PartialDate? end) => end is { } e ? Vocabulary<DatePrecision>.Name(e.Precision) : null;
}

/// <summary>
/// <see cref="DateSortKey"/> (without its id) as two texts that order as the key does, one per direction:
/// <c>0|first|last</c> for a dated record and <c>1|latest|latest</c> for an undated one ascending; the flag
/// flipped descending, so that undated records still come last when the list reads the column backwards.
/// A list orders by one of them and the id, and its keyset cursor carries that text: the whole sort tuple.
/// </summary>
internal static class SortKeys
{
    public static (string Ascending, string Descending) Of(DateSortKey key)
    {
        var days = $"{IsoDates.Format(key.First)}|{IsoDates.Format(key.Last)}";
        return ($"{(key.Undated ? 1 : 0)}|{days}", $"{(key.Undated ? 0 : 1)}|{days}");
    }

    /// <summary>Whether a cursor's key has the shape these keys have.</summary>
    public static bool IsKey(string? key) =>
        key is { Length: 23 } && key[0] is '0' or '1' && key[1] == '|' && key[12] == '|'
        && DateOnly.TryParseExact(key[2..12], "yyyy-MM-dd", out _) && DateOnly.TryParseExact(key[13..], "yyyy-MM-dd", out _);
}
