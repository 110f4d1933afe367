namespace AzChina.Api.Paging;

/// <summary>
/// The WHERE clause of a list query: the conditions of the filters a request uses, each written in
/// plain SQL by the query, so that a filter that is not used costs nothing and indexes stay usable.
/// </summary>
internal sealed class Where
{
    private readonly List<string> _conditions = [];

    public Where When(bool used, string condition)
    {
        if (used) _conditions.Add(condition);
        return this;
    }

    /// <summary>Rows after the cursor's (key, id) in the list's order: the keyset condition.</summary>
    /// <remarks>
    /// Written as a row-value comparison, which SQLite turns into a range on a (key, id) index, so a
    /// page deep in the list costs what the first page costs; the equivalent "key &lt; k OR (key = k AND
    /// id &lt; i)" makes it walk every row before the cursor.
    /// </remarks>
    public Where After(PageRequest page, string key, string id, bool descending)
    {
        var op = descending ? "<" : ">";
        return When(!page.IsFirst, $"({key}, {id}) {op} (@AfterKey, @AfterId)");
    }

    public override string ToString() => _conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", _conditions);
}
