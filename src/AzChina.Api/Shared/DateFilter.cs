using System.ComponentModel;
using AzChina.Api.Hosting;
using AzChina.Api.Paging;
using Microsoft.AspNetCore.Mvc;
using AzChina.Data;
using AzChina.Domain.Time;
using AzChina.Domain.Vocabularies;

namespace AzChina.Api.Shared;

/// <summary>
/// A list's <c>from</c>/<c>to</c> window and how a record's date must meet it (<c>dateMatch</c>), as
/// <see cref="DateWindow"/> defines it: certain (the default) keeps a record only if every reading of its date
/// touches the window, so an undated record never matches a window; possible keeps it if some reading may.
/// </summary>
internal sealed record DateFilter(string? FromText, string? ToText, DateMatch Match)
{
    public const string RuleText =
        "from/to keep a record whose date certainly touches the window (dateMatch=certain, the default): every reading of its date does, " +
        "so a month-precision date needs the window to hold the whole month, a visit whose end is not given is certain only on its first day, " +
        "and a record whose date is unknown or only bounded (\"on or before 10 January 2026\") is never certainly inside a window that does not hold all its bounds. " +
        "dateMatch=possible also keeps every record whose date may touch the window, undated ones included.";

    public const string FromDescription = "Start of the window, YYYY-MM-DD, YYYY-MM or YYYY (its first day). " + RuleText;

    public const string ToDescription = "End of the window, YYYY-MM-DD, YYYY-MM or YYYY (a month or year means its last day). See from and dateMatch.";

    public const string MatchDescription = "certain (the default): only records whose date certainly falls in from/to; possible: also those whose date may (uncertain, bounded or unknown dates). " + RuleText;

    public static readonly DateFilter None = new(null, null, DateMatch.Certain);

    public static Parsed<DateFilter> Parse(string? from, string? to, string? match)
    {
        var range = RequestParsers.DateRange(from, to);
        if (!range.IsValid) return range.Failure<DateFilter>();
        var how = RequestParsers.DateMatch(match);
        if (!how.IsValid) return how.Failure<DateFilter>();
        return Parsed<DateFilter>.Valid(new DateFilter(IsoDates.Format(range.Value.From), IsoDates.Format(range.Value.To), how.Value));
    }

    /// <summary>
    /// The highest newest-first sort key a record within <c>to</c> can have: every reading of a dated record that
    /// may (or certainly does) touch the window starts by <c>to</c>, and undated keys sort below every dated one.
    /// </summary>
    public string? SortDescUpper => ToText is null ? null : $"1|{ToText}|9999-12-31";

    /// <summary>For a cursor's scope: everything that decides which records match.</summary>
    public string Scope => $"{FromText}|{ToText}|{Vocabulary<DateMatch>.Name(Match)}";
}

/// <summary>from, to and dateMatch alone, for the lists that have no other filters (an actor's events and agreements).</summary>
public readonly record struct DateWindowParameters(
    [FromQuery(Name = "from"), Description(DateFilter.FromDescription)] string? From,
    [FromQuery(Name = "to"), Description(DateFilter.ToDescription)] string? To,
    [FromQuery(Name = "dateMatch"), Schema(typeof(DateMatch)), DefaultValue("certain"), Description(DateFilter.MatchDescription)] string? DateMatch)
{
    internal Parsed<DateFilter> Parse() => DateFilter.Parse(From, To, DateMatch);
}

internal static class DateConditions
{
    /// <summary>The window's conditions on the date columns of <paramref name="table"/> (db/0001_schema.sql); @From and @To are its days.</summary>
    /// <remarks>
    /// Newest first with <c>to</c>, the list also bounds its sort key (<see cref="DateFilter.SortDescUpper"/>, @SortDescUpper),
    /// which the conditions imply, so that the walk of the sort index starts at <c>to</c> rather than at the newest record;
    /// <paramref name="keyTable"/> names the table whose index the list walks when that is not <paramref name="table"/>.
    /// </remarks>
    public static Where Dates(this Where where, DateFilter filter, string table, bool descending, string? keyTable = null) => (filter.Match == DateMatch.Certain
        // certain_first and certain_last are NULL for an unknown date: no comparison with them holds.
        ? where.When(filter.FromText is not null, $"{table}.certain_last >= @From").When(filter.ToText is not null, $"{table}.certain_first <= @To")
        : where.When(filter.FromText is not null, $"{table}.latest_day >= @From").When(filter.ToText is not null, $"{table}.earliest_day <= @To"))
        .When(descending && filter.ToText is not null, $"{keyTable ?? table}.sort_desc <= @SortDescUpper");
}

/// <summary>A served date's place in a list's order: the keyset cursor's key (<see cref="SortKeys"/>).</summary>
internal static class DateOrder
{
    public static string Key(DateDetail date, bool descending)
    {
        var keys = SortKeys.Of(DateSortKey.For(ToUncertain(date), ""));
        return descending ? keys.Descending : keys.Ascending;
    }

    public static UncertainDate ToUncertain(DateDetail date)
    {
        PartialDate? start = date.Start is { } s ? new PartialDate(s, date.StartPrecision!.Value) : null;
        PartialDate? end = date.End is { } e ? new PartialDate(e, date.EndPrecision!.Value) : null;
        return date.Kind switch
        {
            DateKind.Single => UncertainDate.Single(start!.Value),
            DateKind.Range => UncertainDate.Range(start, end),
            DateKind.Bounded => UncertainDate.Bounded(start, end),
            _ => UncertainDate.Unknown,
        };
    }
}
