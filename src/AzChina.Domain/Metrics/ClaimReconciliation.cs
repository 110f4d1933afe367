using AzChina.Domain.Vocabularies;

namespace AzChina.Domain.Metrics;

/// <summary>One source's claim about one observation, as reconciliation needs it.</summary>
/// <param name="StatedAt">The occasion the claim was stated at, which decides its independent origin (<see cref="IndependentOrigins.Of"/>).</param>
public sealed record ClaimInput(string ClaimId, double Value, Qualifier Qualifier, string? Stated, DateOnly PublishedOn, string SourceId, string? StatedAt = null)
{
    public string OriginKey => IndependentOrigins.Of(ClaimId, StatedAt);
}

/// <summary>How the claims of one observation agree: one claim, consistent ranges, or conflicting ones.</summary>
public enum ClaimAgreement { Single, Consistent, Conflicting }

public sealed record Reconciled(ClaimInput Preferred, ClaimAgreement Agreement, double? LowerBound, double? UpperBound);

/// <summary>
/// Picks the value the API prefers among the claims about one observation, and says how far the
/// claims agree. Each claim is read as the range of true values it allows:
/// exact: value ± one unit of its last stated digit (so "20%" allows 19–21 and agrees with 20.7%);
/// approximately: value ± the larger of that unit and 5%;
/// nearly: from 10% (at least one unit) below up to the value; over / at least: the value and above;
/// under / up to: the value and below.
/// Claims are consistent when their ranges share a common value, else conflicting. The preferred
/// claim is the most precise (narrowest range; a bounded range beats an open one) among the claims of
/// the largest group that agrees, ties broken by the more recently published source, then by source id.
/// A group's size is its number of independent origins, not of claims: two outlets relaying one
/// interview weigh as one (issue 13, item 4). When all claims agree that group is all of them; when they
/// conflict, one very precise outlier must not outvote several independent origins that agree.
/// </summary>
public static class ClaimReconciliation
{
    public const string RuleText =
        "Each claim allows a range: exact = value ± one unit of its last stated digit; approximately = ± the larger of that unit and 5%; " +
        "nearly = up to 10% (at least one unit) below the value, up to the value; over/at least = the value and above; under/up to = the value and below. " +
        "Claims are consistent when their ranges overlap, else conflicting. The preferred value is the most precise claim (narrowest range) " +
        "among the largest group of claims that agree with each other (all of them when consistent), the group's size counted in independent origins, not sources, " +
        "ties broken by the more recently published source.";

    public static Reconciled Reconcile(IReadOnlyCollection<ClaimInput> claims)
    {
        if (claims.Count == 0) throw new ArgumentException("An observation has at least one claim.", nameof(claims));
        var ranges = claims.Select(c => (Claim: c, Range: RangeOf(c))).ToList();
        var agreement = claims.Count == 1 ? ClaimAgreement.Single
            : ranges.Max(r => r.Range.Low) <= ranges.Min(r => r.Range.High) ? ClaimAgreement.Consistent
            : ClaimAgreement.Conflicting;
        var all = ranges.Select(r => (r.Range, r.Claim.OriginKey)).ToList();
        var support = all.Select(r => Support(r.Range, all)).ToList();
        var largestGroup = support.Max();
        var preferred = ranges
            .Where((_, i) => support[i] == largestGroup)
            .OrderBy(r => r.Range.Width)
            .ThenByDescending(r => r.Claim.PublishedOn)
            .ThenBy(r => r.Claim.SourceId, StringComparer.Ordinal)
            .ThenBy(r => r.Claim.ClaimId, StringComparer.Ordinal)
            .First().Claim;
        var (lower, upper) = BoundsOf(preferred);
        return new Reconciled(preferred, agreement, lower, upper);
    }

    /// <summary>The bound a hedge word implies: "over $1 billion" has a lower bound, "nearly 40%" an upper one.</summary>
    public static (double? Lower, double? Upper) BoundsOf(ClaimInput claim) => claim.Qualifier switch
    {
        Qualifier.Over or Qualifier.AtLeast => (claim.Value, null),
        Qualifier.Nearly or Qualifier.Under or Qualifier.UpTo => (null, claim.Value),
        _ => (null, null),
    };

    public readonly record struct Range(double Low, double High)
    {
        public double Width => High - Low;
        public bool Contains(double value) => Low <= value && value <= High;
    }

    /// <summary>
    /// The size, in independent origins, of the largest group of claims that share a value with this one's
    /// range (itself included). The most crowded value is always some range's finite end, so only those need trying.
    /// </summary>
    private static int Support(Range range, IReadOnlyList<(Range Range, string Origin)> all) =>
        all.SelectMany(r => new[] { r.Range.Low, r.Range.High })
            .Where(v => double.IsFinite(v) && range.Contains(v))
            .Select(v => all.Where(r => r.Range.Contains(v)).Select(r => r.Origin).Distinct(StringComparer.Ordinal).Count())
            .DefaultIfEmpty(1)
            .Max();

    public static Range RangeOf(ClaimInput claim)
    {
        var unit = StatedPrecision.Of(claim.Stated);
        var v = claim.Value;
        return claim.Qualifier switch
        {
            Qualifier.Exact => new Range(v - unit, v + unit),
            Qualifier.Approximately => Around(v, Math.Max(unit, Math.Abs(v) * 0.05)),
            Qualifier.Nearly => new Range(v - Math.Max(unit, Math.Abs(v) * 0.10), v),
            Qualifier.Over or Qualifier.AtLeast => new Range(v, double.PositiveInfinity),
            Qualifier.Under or Qualifier.UpTo => new Range(double.NegativeInfinity, v),
            _ => throw new ArgumentOutOfRangeException(nameof(claim), claim.Qualifier, "unknown qualifier"),
        };
    }

    private static Range Around(double value, double margin) => new(value - margin, value + margin);
}
