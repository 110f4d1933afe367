namespace AzChina.Domain.Time;

/// <summary>Whether a date filter keeps only records that certainly fall in its window (the default) or also those that may.</summary>
public enum DateMatch { Certain, Possible }

/// <summary>
/// A <c>from</c>/<c>to</c> window as the API takes it: from the first day of <see cref="From"/> to the last day
/// of <see cref="To"/>, either side open when absent.
/// <para>
/// A record is in the window when it touches at least one of its days, as today's filter reads "an event
/// whose span overlaps the window". What changes is honesty about uncertain dates (issue 13, item 1):
/// <see cref="DateMatch.Certain"/> keeps a record only if every reading of its date touches the window, so
/// a month-precision event is kept by a window that holds its whole month, a visit by a window that meets
/// the days it certainly lasted, and an unknown date by no window at all; <see cref="DateMatch.Possible"/>
/// keeps a record if some reading touches it, so an unknown date is kept by every window and "on or
/// before X" by every window that starts on or before X.
/// </para>
/// </summary>
public sealed record DateWindow
{
    private DateWindow(PartialDate? from, PartialDate? to) => (From, To) = (from, to);

    public PartialDate? From { get; }
    public PartialDate? To { get; }

    public DateOnly FirstDay => From?.Start ?? DateOnly.MinValue;
    public DateOnly LastDay => To?.End ?? DateOnly.MaxValue;

    public static bool TryCreate(PartialDate? from, PartialDate? to, out DateWindow window, out string error)
    {
        window = new DateWindow(null, null);
        error = from is { } f && to is { } t && t.End < f.Start ? $"the window ends ({t}) before it starts ({f})" : "";
        if (error.Length > 0) return false;
        window = new DateWindow(from, to);
        return true;
    }

    public static DateWindow Create(PartialDate? from, PartialDate? to) =>
        TryCreate(from, to, out var window, out var error) ? window : throw new ArgumentException(error);

    public bool Contains(UncertainDate date, DateMatch match) => match == DateMatch.Certain ? CertainlyContains(date) : PossiblyContains(date);

    /// <summary>Some reading of the date touches the window: its earliest possible day to its latest overlaps it.</summary>
    public bool PossiblyContains(UncertainDate date) => Overlaps(date.EarliestDay, date.LatestDay);

    /// <summary>
    /// Every reading of the date touches the window. The latest its first day can be and the earliest its
    /// last day can be decide it: if the first comes no later than the second, every reading covers the days
    /// between them (the core of a visit), so meeting those is enough; otherwise the record may be any one day
    /// between them, so all of them must lie in the window.
    /// </summary>
    public bool CertainlyContains(UncertainDate date)
    {
        // Both cases come to the same test: the window starts by the earliest last day and ends no earlier
        // than the latest first day (for a core, it meets the core; for bounds, it holds all of them).
        if (date.CertainCore is not { } core) return false;
        return FirstDay <= core.EarliestLastDay && core.LatestFirstDay <= LastDay;
    }

    private bool Overlaps(DateOnly start, DateOnly end) => start <= LastDay && end >= FirstDay;
}
