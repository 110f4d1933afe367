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
    public Where After(PageRequest page, string key, string id, bool descending)
    {
        var op = descending ? "<" : ">";
        return When(!page.IsFirst, $"({key} {op} @AfterKey OR ({key} = @AfterKey AND {id} {op} @AfterId))");
    }

    public override string ToString() => _conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", _conditions);
}
