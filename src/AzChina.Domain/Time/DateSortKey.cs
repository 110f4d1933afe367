namespace AzChina.Domain.Time;

/// <summary>
/// Where a record sorts by date, for lists and their keyset paging (issue 13, item 1).
/// <para>
/// A record with an earliest possible day is dated: it sorts by that day, then by its latest possible
/// day, then by id, ascending or all three descending. A record with none (an unknown date, or only
/// "on or before X") is undated: it sorts after every dated record in both directions, among the undated
/// by its latest bound (an unknown date's is the last day there is) and id, in the list's direction. The key with the id is total, so a
/// page can resume after the last key it served: <c>(undated, first, last, id)</c> compared as
/// <see cref="Compare"/> does, which the database stores as one text per direction (sort_asc, sort_desc in db/0001_schema.sql).
/// </para>
/// </summary>
public readonly record struct DateSortKey(bool Undated, DateOnly First, DateOnly Last, string Id)
{
    public static DateSortKey For(UncertainDate date, string id) => date.Start is null
        ? new DateSortKey(true, date.LatestDay, date.LatestDay, id)
        : new DateSortKey(false, date.EarliestDay, date.LatestDay, id);

    public static int Compare(DateSortKey x, DateSortKey y, bool descending)
    {
        // Undated last in both directions: this part never flips.
        var byDated = x.Undated.CompareTo(y.Undated);
        if (byDated != 0) return byDated;
        var inOrder = x.First.CompareTo(y.First) is var first and not 0 ? first
            : x.Last.CompareTo(y.Last) is var last and not 0 ? last
            : string.CompareOrdinal(x.Id, y.Id);
        return descending ? -inOrder : inOrder;
    }

    public static IComparer<DateSortKey> Order(bool descending) => Comparer<DateSortKey>.Create((x, y) => Compare(x, y, descending));
}
