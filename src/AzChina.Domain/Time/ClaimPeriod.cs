namespace AzChina.Domain.Time;

/// <summary>
/// The period a claim's figure is about, and how it is known (issue 13, item 5): the document states it,
/// it is resolved from the document's text ("last year" and the publication date, with that reasoning as
/// <see cref="Basis"/>), or the document gives none, and then the claim has no period at all rather than a
/// guessed one ("exceeding $4 billion" with no year).
/// </summary>
public sealed record ClaimPeriod
{
    private ClaimPeriod(Period? period, DateKnowledge known, string? basis) => (Period, Known, Basis) = (period, known, basis);

    public Period? Period { get; }
    public DateKnowledge Known { get; }
    public string? Basis { get; }

    public static ClaimPeriod NotGiven { get; } = new(null, DateKnowledge.NotGiven, null);

    public static ClaimPeriod Stated(Period period) => new(period, DateKnowledge.Stated, null);

    public static ClaimPeriod Resolved(Period period, string reasoning) =>
        string.IsNullOrWhiteSpace(reasoning)
            ? throw new ArgumentException("a resolved period needs its reasoning", nameof(reasoning))
            : new(period, DateKnowledge.Resolved, reasoning);

    /// <summary>
    /// Derived values (a growth rate from two levels) may rest only on periods the documents give, stated
    /// or resolved. A period not given is no period, so nothing can be derived from its figure; this is the
    /// rule that keeps "2025 growth about 8.1%" from a "$4 billion" with no year (review C5).
    /// </summary>
    public static bool MayFeedDerivedValue(DateKnowledge known) => known is DateKnowledge.Stated or DateKnowledge.Resolved;

    public bool MayFeedDerivedValue() => Period is not null && MayFeedDerivedValue(Known);
}

/// <summary>
/// The span a cumulative figure counts over, up to the day it is counted to (<see cref="AsOf"/>).
/// "Over the past 20 years" is a resolved span (<c>2005/2025-04-21</c>); a count with no span ("all-time",
/// railways built) has an open start (<c>../2025-04-21</c>), so the two no longer look the same (review §5.7).
/// </summary>
public sealed record CumulativeSpan
{
    private CumulativeSpan(PartialDate? since, PartialDate asOf, DateKnowledge known, string? basis) =>
        (Since, AsOf, Known, Basis) = (since, asOf, known, basis);

    /// <summary>Where the count starts; null when the document gives no start (all-time).</summary>
    public PartialDate? Since { get; }
    public PartialDate AsOf { get; }
    public DateKnowledge Known { get; }
    public string? Basis { get; }

    public string Edtf => Time.Edtf.Interval(Since, AsOf);

    public bool IsAllTime => Since is null;

    public bool MayFeedDerivedValue() => !IsAllTime && ClaimPeriod.MayFeedDerivedValue(Known);

    /// <summary>A span the document states: "between 2015 and 2024".</summary>
    public static CumulativeSpan Stated(PartialDate since, PartialDate asOf) =>
        SpanProblem(since, asOf) is { } problem ? throw new ArgumentException(problem) : new(since, asOf, DateKnowledge.Stated, null);

    /// <summary>
    /// "Over the past <paramref name="years"/> years", counted to <paramref name="asOf"/>: a resolved span that
    /// starts in the year that many years earlier, at year precision, as "past 20 years" is no more exact.
    /// </summary>
    public static CumulativeSpan OverPastYears(int years, PartialDate asOf, string reasoning)
    {
        if (years < 1) throw new ArgumentOutOfRangeException(nameof(years), years, "a span of past years needs at least one year");
        if (asOf.Start.Year - years < 1) throw new ArgumentOutOfRangeException(nameof(years), years, $"{years} years before {asOf} is before year 1");
        if (string.IsNullOrWhiteSpace(reasoning)) throw new ArgumentException("a resolved span needs its reasoning", nameof(reasoning));
        var since = new PartialDate(new DateOnly(asOf.Start.Year - years, 1, 1), Vocabularies.DatePrecision.Year);
        return new(since, asOf, DateKnowledge.Resolved, reasoning);
    }

    /// <summary>A count with no start given, up to <paramref name="asOf"/>; the basis says why it is taken as all-time.</summary>
    public static CumulativeSpan AllTime(PartialDate asOf, string basis) =>
        string.IsNullOrWhiteSpace(basis)
            ? throw new ArgumentException("an all-time span needs a basis: the document gives no start", nameof(basis))
            : new(null, asOf, DateKnowledge.NotGiven, basis);

    /// <summary>
    /// A span as the seeds write it, an EDTF interval (<c>2005/2025-04-21</c>, <c>../2025-04-21</c>) with how it is
    /// known: a stated or resolved span has a start, a span not given is all-time and says why (its basis).
    /// </summary>
    public static bool TryCreate(string? edtf, DateKnowledge known, string? basis, out CumulativeSpan span, out string error)
    {
        span = AllTimeUnknown;
        basis = string.IsNullOrWhiteSpace(basis) ? null : basis;
        if (!Time.Edtf.TryParse(edtf, DateKind.Range, out var date, out error)) return false;
        error = (date.Kind, date.Start, date.End, known, basis) switch
        {
            (not DateKind.Range, _, _, _, _) => $"'{edtf}' is not an interval: a span runs from its start (or '..') to its as-of day",
            (_, _, null, _, _) => $"'{edtf}' has no as-of day: a span ends on the day the count is made",
            (_, null, _, not DateKnowledge.NotGiven, _) => "a span with no start is not given (all-time), so it cannot be stated or resolved",
            (_, { }, _, DateKnowledge.NotGiven, _) => "a span the document does not give has no start: write '../' and the as-of day",
            (_, _, _, DateKnowledge.NotGiven, null) => "an all-time span needs a basis: why the count is taken as all-time",
            (_, _, _, DateKnowledge.Resolved, null) => "a resolved span needs its reasoning as its basis",
            (_, _, _, DateKnowledge.Stated, { }) => "a stated span needs no basis: the document gives it, and its quote shows where",
            _ => "",
        };
        if (error.Length > 0) return false;
        span = new(date.Start, date.End!.Value, known, basis);
        return true;
    }

    private static readonly CumulativeSpan AllTimeUnknown = new(null, new PartialDate(DateOnly.MaxValue, Vocabularies.DatePrecision.Day), DateKnowledge.NotGiven, null);

    private static string? SpanProblem(PartialDate since, PartialDate asOf) =>
        asOf.End < since.Start ? $"the span ends ({asOf}) before it starts ({since})" : null;
}
