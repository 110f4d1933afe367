namespace AzChina.Domain.Time;

/// <summary>What a record's time is: one day, month or year; a span it lasted; bounds it happened within; or nothing.</summary>
public enum DateKind { Single, Range, Bounded, Unknown }

/// <summary>
/// A time no more precise than the documents give it (issue 13, item 1).
/// <list type="bullet">
/// <item><c>Single</c>: a day, month or year (<see cref="Start"/>; <see cref="End"/> is the same date).</item>
/// <item><c>Range</c>: the record lasted from <see cref="Start"/> to <see cref="End"/> (a multi-day visit);
/// each end has its own precision, and one may be open (null) when the documents do not give it: a visit
/// that began on 22 April 2025 with no end given, or a count up to a day with no start.</item>
/// <item><c>Bounded</c>: it happened on some day(s) between <see cref="Start"/> and <see cref="End"/>, either
/// of which may be open (null): "on or before 10 January 2026".</item>
/// <item><c>Unknown</c>: nothing is known; both ends are null.</item>
/// </list>
/// A range and bounds share the EDTF interval syntax but not their meaning, which is why the kind is kept:
/// a range certainly covers every day between its ends, bounds cover one unknown part of them.
/// </summary>
public sealed record UncertainDate
{
    private UncertainDate(DateKind kind, PartialDate? start, PartialDate? end) => (Kind, Start, End) = (kind, start, end);

    public DateKind Kind { get; }
    public PartialDate? Start { get; }
    public PartialDate? End { get; }

    public static UncertainDate Unknown { get; } = new(DateKind.Unknown, null, null);

    public static UncertainDate Single(PartialDate date) => new(DateKind.Single, date, date);

    public static UncertainDate Range(PartialDate? start, PartialDate? end) =>
        RangeProblem(start, end) is { } problem ? throw new ArgumentException(problem) : new(DateKind.Range, start, end);

    public static UncertainDate Bounded(PartialDate? earliest, PartialDate? latest) =>
        BoundsProblem(earliest, latest) is { } problem ? throw new ArgumentException(problem) : new(DateKind.Bounded, earliest, latest);

    /// <summary>Why <paramref name="start"/>–<paramref name="end"/> is no range, or null if it is one: at least one end, in order, and not one date twice.</summary>
    public static string? RangeProblem(PartialDate? start, PartialDate? end) => (start, end) switch
    {
        (null, null) => "a range needs at least one end; a date with none is unknown",
        ({ } s, { } e) when e.End < s.Start => $"the range ends ({e}) before it starts ({s})",
        ({ } s, { } e) when s == e => $"a range from {s} to itself is the single date {s}",
        _ => null,
    };

    /// <summary>Why these are no bounds, or null if they are: at least one end, in order, and not one date twice.</summary>
    public static string? BoundsProblem(PartialDate? earliest, PartialDate? latest) => (earliest, latest) switch
    {
        (null, null) => "bounds need at least one end; a date with none is unknown",
        ({ } e, { } l) when l.End < e.Start => $"the latest bound ({l}) is before the earliest ({e})",
        ({ } e, { } l) when e == l => $"bounds from {e} to itself are the single date {e}",
        _ => null,
    };

    /// <summary>The first day the record may touch; <see cref="DateOnly.MinValue"/> when open or unknown.</summary>
    public DateOnly EarliestDay => Start?.Start ?? DateOnly.MinValue;

    /// <summary>The last day the record may touch; <see cref="DateOnly.MaxValue"/> when open or unknown.</summary>
    public DateOnly LatestDay => End?.End ?? DateOnly.MaxValue;

    /// <summary>
    /// The days on which the record's first and last day may fall. A single date or bounds put both ends
    /// anywhere in the same span; a range puts each end in its own date, and an open end anywhere on its
    /// side of the other end.
    /// </summary>
    internal ((DateOnly From, DateOnly To) First, (DateOnly From, DateOnly To) Last) EndSpans => Kind == DateKind.Range
        ? ((EarliestDay, Start?.End ?? LatestDay), (End?.Start ?? EarliestDay, LatestDay))
        : ((EarliestDay, LatestDay), (EarliestDay, LatestDay));

    /// <summary>
    /// The latest day the record's first day can be and the earliest its last day can be; null when nothing is
    /// known. A window certainly holds the record exactly when it starts on or before the second and ends on or
    /// after the first (<see cref="DateWindow.CertainlyContains"/>), which SQL checks against these two stored days.
    /// </summary>
    public (DateOnly LatestFirstDay, DateOnly EarliestLastDay)? CertainCore
    {
        get
        {
            if (Kind == DateKind.Unknown) return null;
            var (first, last) = EndSpans;
            return (first.To < last.To ? first.To : last.To, last.From > first.From ? last.From : first.From);
        }
    }

    public override string ToString() => Edtf.Format(this);
}
